import { parameterProblem } from "./errors";

/** xtables-restore refuses -t (and --table, however abbreviated) inside the file. */
function checkNotTable(word: string): string {
  const short = word[0] === "-" && word[1] !== "-" && word.includes("t");
  const long = word.length >= 3 && word.startsWith("--t") && "--table".startsWith(word);
  if (short || long) throw parameterProblem("The -t option cannot be used in iptables-restore.\n");
  return word;
}

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
  // A word is a list of slices (quotes and escapes split it); joining them keeps rules free of cons strings.
  let parts: string[] = [];
  let start = 0;
  let quoted = false;
  let inQuote = false;
  const flush = (end: number) => {
    parts.push(body.slice(start, end));
    const word = parts.length === 1 ? parts[0]! : parts.join("");
    if (word || quoted) words.push(checkNotTable(word));
    parts = [];
    quoted = false;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inQuote && ch === "\\") {
      parts.push(body.slice(start, i), body[i + 1] ?? "");
      start = ++i + 1;
    } else if (ch === '"') {
      parts.push(body.slice(start, i));
      start = i + 1;
      inQuote = !inQuote;
      quoted = true;
    } else if (!inQuote && (ch === " " || ch === "\t" || ch === "\n")) {
      flush(i);
      start = i + 1;
    }
  }
  flush(body.length);
  return { ...(counters ? { counters } : {}), rest: words };
}
