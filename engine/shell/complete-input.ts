import { lex } from "./lexer";
import { endsWithContinuation, parse } from "./parser";
import { ScriptLines } from "./script-lines";

/** Lines typed or pasted into an interactive shell, cut where bash would run something. */
export interface SplitInput {
  /** Each command line bash would run, as written: continuation lines and heredoc bodies included. */
  readonly commands: readonly string[];
  /**
   * The start of a command still waiting for lines (an open quote, a trailing `|` or `\`, a heredoc
   * before its terminator), for which bash shows its `> ` prompt; "" when nothing waits.
   */
  readonly rest: string;
}

/**
 * Splits entered lines (each ended by Enter, joined by "\n") into complete commands, as an
 * interactive bash reads them: a heredoc's body belongs to the command that opens it, blank and
 * comment lines run nothing. A line bash would refuse still counts as a command: running it prints
 * bash's error.
 */
export function splitCommands(input: string): SplitInput {
  const starts = lineStarts(input);
  const lines = new ScriptLines(input);
  const commands: string[] = [];
  while (!lines.done) {
    const first = lines.lineNumber;
    const rest = { commands, rest: input.slice(starts[first]) };
    let text = lines.next();
    let lexed = lex(text);
    while (lexed.kind === "open" || (lexed.kind === "tokens" && endsWithContinuation(lexed.tokens))) {
      if (lines.done) return rest;
      text += `\n${lines.next()}`;
      lexed = lex(text);
    }
    if (lexed.kind === "tokens" && lexed.tokens.length === 0) continue;
    const parsed = lexed.kind === "tokens" ? parse(lexed.tokens) : undefined;
    for (const heredoc of parsed?.kind === "list" ? parsed.heredocs : [])
      if (!lines.heredocBody(heredoc.delimiter, heredoc.stripTabs).terminated) return rest;
    const end = starts[lines.lineNumber];
    commands.push(input.slice(starts[first], end === undefined ? input.length : end - 1));
  }
  return { commands, rest: "" };
}

/** Where each line starts. */
function lineStarts(input: string): number[] {
  const starts = [0];
  for (let at = input.indexOf("\n"); at >= 0; at = input.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
