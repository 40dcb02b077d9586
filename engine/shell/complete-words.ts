/** The words of the simple command the cursor is in, as readline hands them to a completion function. */
export interface CommandWords {
  /** The words before the one being completed, unquoted. */
  readonly words: readonly string[];
  /** The word being completed, from its start up to the cursor, unquoted. */
  readonly current: string;
  /** Where the word being completed starts in the line: the completion replaces from here to the cursor. */
  readonly from: number;
  /** The word follows a redirection (`<`, `>`, `>>`): it names a file, not an argument. */
  readonly redirect: boolean;
}

/** Operators after which a new command starts. */
const COMMAND_SEPARATORS = new Set(["|", "||", "&", "&&", ";"]);
const REDIRECTS = new Set(["<", ">", ">>", "2>", "2>>", "&>"]);

interface Word {
  readonly text: string;
  readonly start: number;
  /** An operator such as `|` or `>`, not a word. */
  readonly operator: boolean;
}

/**
 * Splits `before` (the line up to the cursor) into words the way bash's lexer would for completion:
 * quotes and backslashes join, blanks separate, `| ; & < >` are operators.
 */
function scan(before: string): Word[] {
  const words: Word[] = [];
  let text = "";
  let start = -1;
  let quote: "'" | '"' | undefined;
  const flush = () => {
    if (start >= 0) words.push({ text, start, operator: false });
    text = "";
    start = -1;
  };
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === "\\" && quote === '"' && i + 1 < before.length) text += before[++i];
      else text += c;
    } else if (c === "'" || c === '"') {
      if (start < 0) start = i;
      quote = c;
    } else if (c === "\\") {
      if (start < 0) start = i;
      if (i + 1 < before.length) text += before[++i];
    } else if (c === " " || c === "\t" || c === "\n") {
      flush();
    } else if ("|&;<>".includes(c)) {
      const fd = start >= 0 && /^[0-9]$/.test(text) && c === ">" ? text : "";
      if (fd) text = "";
      else flush();
      let op = fd + c;
      while (i + 1 < before.length && "|&>".includes(before[i + 1]!) && op.length < 3) op += before[++i];
      words.push({ text: op, start: fd ? start : i, operator: true });
      start = -1;
    } else {
      if (start < 0) start = i;
      text += c;
    }
  }
  if (start >= 0) words.push({ text, start, operator: false });
  else words.push({ text: "", start: before.length, operator: false });
  return words;
}

/** The words of the command under the cursor (the line up to the cursor is `before`). */
export function commandWords(before: string): CommandWords {
  const all = scan(before);
  const last = all.length - 1;
  let first = 0;
  for (let i = 0; i < last; i++) if (all[i]!.operator && COMMAND_SEPARATORS.has(all[i]!.text)) first = i + 1;
  const previous = all.slice(first, last);
  const words: string[] = [];
  for (let i = 0; i < previous.length; i++) {
    if (previous[i]!.operator)
      i++; // a redirection and its file are not arguments
    else words.push(previous[i]!.text);
  }
  const before1 = previous.at(-1);
  return {
    words,
    current: all[last]!.text,
    from: all[last]!.start,
    redirect: before1 !== undefined && before1.operator && REDIRECTS.has(before1.text),
  };
}
