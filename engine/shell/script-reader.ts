import type { CommandList, Heredoc } from "./ast";
import { shellErrors } from "./errors";
import { lex, lexHeredocBody, type LexResult } from "./lexer";
import { endsWithContinuation, parse } from "./parser";
import { ScriptLines } from "./script-lines";

/** One logical command line of a script, parsed, with its heredoc bodies filled in. */
export type ScriptLine =
  | {
      readonly kind: "command";
      /** As written: continuation lines included, heredoc bodies left out. */
      readonly text: string;
      readonly line: number;
      readonly list: CommandList;
      /** What bash says while reading the line, before running it (a heredoc cut short by the end). */
      readonly warning: string;
    }
  /** A line bash refuses to run; bash stops reading the script there. */
  | { readonly kind: "fatal"; readonly text: string; readonly line: number; readonly message: string };

/**
 * Splits a script into command lines as bash reads it: blank and comment lines vanish, a trailing
 * backslash, an open quote or a trailing `|`, `&&`, `||` continues onto the next line, and heredoc
 * bodies follow the line that opens them.
 */
export function* readScript(script: string): Generator<ScriptLine> {
  const lines = new ScriptLines(script);
  while (!lines.done) {
    let text = lines.next();
    const line = lines.lineNumber;
    let lexed = lex(text);
    for (;;) {
      const more = lexed.kind === "open" || (lexed.kind === "tokens" && endsWithContinuation(lexed.tokens));
      if (!more) break;
      if (!lines.done) {
        text += `\n${lines.next()}`;
        lexed = lex(text);
      } else if (lexed.kind === "open" && lexed.quote === undefined) {
        lexed = lex(text.slice(0, -1)); // a backslash at the very end is dropped
      } else {
        yield { kind: "fatal", text, line, message: endOfFileMessage(lexed, line, lines.count) };
        return;
      }
    }
    if (lexed.kind === "unsupported") {
      yield { kind: "fatal", text, line, message: shellErrors.unsupported(line, lexed.what) };
      return;
    }
    if (lexed.kind !== "tokens" || lexed.tokens.length === 0) continue;
    const parsed = parse(lexed.tokens);
    if (parsed.kind !== "list") {
      const message =
        parsed.kind === "syntax"
          ? shellErrors.syntaxError(line, parsed.near, text)
          : shellErrors.unsupported(line, parsed.what);
      yield { kind: "fatal", text, line, message };
      return;
    }
    let warning = "";
    for (const heredoc of parsed.heredocs) {
      const body = lines.heredocBody(heredoc.delimiter, heredoc.stripTabs);
      if (!body.terminated) warning += shellErrors.heredocAtEndOfFile(lines.count, line, heredoc.delimiter);
      const unsupported = fillHeredoc(heredoc, body.text);
      if (unsupported) {
        yield { kind: "fatal", text, line, message: shellErrors.unsupported(line, unsupported) };
        return;
      }
    }
    yield { kind: "command", text, line, list: parsed.list, warning };
  }
}

function endOfFileMessage(lexed: LexResult, line: number, lineCount: number): string {
  return lexed.kind === "open" && lexed.quote
    ? shellErrors.unmatchedQuote(line, lexed.quote)
    : shellErrors.unexpectedEndOfFile(lineCount + 1);
}

/** Returns what the body uses that the playground cannot expand, if anything. */
function fillHeredoc(heredoc: Heredoc, text: string): string | undefined {
  if (!heredoc.expand) {
    heredoc.body = { parts: [{ kind: "text", text, quoted: true }], raw: text };
    return undefined;
  }
  const body = lexHeredocBody(text);
  if ("unsupported" in body) return body.unsupported;
  heredoc.body = body;
  return undefined;
}
