/**
 * A scenario as a `netplay run` script: its command lines in order, those typed in another namespace's
 * terminal run through `ip netns exec NS` as `netplay expand` writes them. The world goes in a comment,
 * since the script itself cannot choose it.
 */
import { lex, type Token } from "../shell/lexer";
import type { ScenarioCommand, ScenarioDocument } from "./document";

const HOST = "host";
/** Operators after which a new simple command starts. */
const STARTS_COMMAND = new Set(["|", "&&", "||", ";", "&", "("]);

function tokenText(token: Token): string {
  if (token.kind === "word") return token.word.raw;
  if (token.kind === "op") return token.op;
  return `${token.fd ?? ""}${token.op}`;
}

/**
 * The line run in `netns` from the host: every simple command of its first line gets the prefix, so
 * that `iptables -S | grep X && nc …` runs each part where it was typed; heredoc bodies stay as they are.
 * A first line the lexer cannot read (an open quote) is prefixed once, as a single command.
 */
export function inNetns(netns: string, line: string): string {
  if (netns === HOST) return line;
  const prefix = `ip netns exec ${netns}`;
  const newline = line.indexOf("\n");
  const head = newline < 0 ? line : line.slice(0, newline);
  const lexed = lex(head);
  if (lexed.kind !== "tokens") return `${prefix} ${line}`;
  const words: string[] = [];
  let start = true;
  let redirect = false;
  for (const token of lexed.tokens) {
    if (start && token.kind === "word") words.push(prefix);
    // A redirection's target stays glued to it, as people write `2>&1` and `>/dev/null`.
    if (redirect && token.kind === "word") words[words.length - 1] += tokenText(token);
    else words.push(tokenText(token));
    start = token.kind === "op" && STARTS_COMMAND.has(token.op);
    redirect = token.kind === "redirect";
  }
  return words.join(" ") + (newline < 0 ? "" : line.slice(newline));
}

const scriptLine = (command: ScenarioCommand): string => inNetns(command.netns, command.line);

/** The script `netplay run --world WORLD` replays the scenario from. */
export function scenarioScript(doc: ScenarioDocument): string {
  const lines = [`# netplay run --world ${doc.world} FILE`, ...doc.commands.map(scriptLine)];
  return `${lines.join("\n")}\n`;
}
