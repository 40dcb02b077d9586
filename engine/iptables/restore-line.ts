import { parameterProblem } from "./errors";

/**
 * One rule line of an iptables-restore file: an optional "[packets:bytes]" prefix, then words split
 * as xtables-restore's add_param_to_argv does — on blanks, with double quotes (and backslash escapes
 * inside them) but no single quotes, and no -t allowed.
 */
export function splitRestoreLine(
  text: string,
  line: number,
): { counters?: [string, string]; rest: string[] } {
  let body = text;
  let counters: [string, string] | undefined;
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) throw parameterProblem(`Bad line ${line}: need ]`);
    const [packets, bytes] = text.slice(1, close).split(":");
    if (!packets || bytes === undefined) throw parameterProblem(`Bad line ${line}: need :`);
    counters = [packets, bytes];
    body = text.slice(close + 1);
  }
  const words: string[] = [];
  let word = "";
  let quoted = false;
  let inQuote = false;
  let escaped = false;
  const flush = () => {
    if (word || quoted) {
      if (
        (word[0] === "-" && word[1] !== "-" && word.includes("t")) ||
        (word.length >= 3 && "--table".startsWith(word) && word.startsWith("--t"))
      )
        throw parameterProblem("The -t option cannot be used in iptables-restore.\n");
      words.push(word);
    }
    word = "";
    quoted = false;
  };
  for (const ch of body) {
    if (inQuote && escaped) {
      word += ch;
      escaped = false;
    } else if (inQuote && ch === "\\") escaped = true;
    else if (ch === '"') {
      inQuote = !inQuote;
      quoted = true;
    } else if (ch === " " || ch === "\t" || ch === "\n") {
      if (inQuote) word += ch;
      else flush();
    } else word += ch;
  }
  flush();
  return { ...(counters ? { counters } : {}), rest: words };
}
