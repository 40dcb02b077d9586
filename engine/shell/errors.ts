/**
 * The shell's messages, worded as bash 5.2 words them when it runs a script; `line` is the script line.
 * `command not found` carries no line number by the playground's contract.
 */
export const shellErrors = {
  commandNotFound: (name: string) => `bash: ${name}: command not found\n`,
  noSuchFile: (line: number, path: string) => `bash: line ${line}: ${path}: No such file or directory\n`,
  ambiguousRedirect: (line: number, word: string) => `bash: line ${line}: ${word}: ambiguous redirect\n`,
  badFileDescriptor: (line: number, fd: string) => `bash: line ${line}: ${fd}: Bad file descriptor\n`,
  syntaxError: (line: number, near: string, text: string) =>
    `bash: line ${line}: syntax error near unexpected token \`${near}'\nbash: line ${line}: \`${text}'\n`,
  unexpectedEndOfFile: (line: number) => `bash: line ${line}: syntax error: unexpected end of file\n`,
  unmatchedQuote: (line: number, quote: string) =>
    `bash: line ${line}: unexpected EOF while looking for matching \`${quote}'\n`,
  heredocAtEndOfFile: (line: number, start: number, delimiter: string) =>
    `bash: line ${line}: warning: here-document at line ${start} delimited by end-of-file (wanted \`${delimiter}')\n`,
  /** A bug in a playground command, shown instead of a stack trace. */
  internalError: (name: string, message: string) => `bash: ${name}: internal error: ${message}\n`,
  /** Not bash's text: says plainly which bash feature the playground lacks. */
  unsupported: (line: number, what: string) =>
    `netplay: line ${line}: ${what} is not supported by the playground shell\n`,
};
