import { parameterProblem } from "./errors";

/** xtables-restore refuses -t (and --table, however abbreviated) inside the file. */
function checkNotTable(word: string): string {
  const short = word[0] === "-" && word[1] !== "-" && word.includes("t");
  const long = word.length >= 3 && word.startsWith("--t") && "--table".startsWith(word);
  if (short || long) throw parameterProblem("The -t option cannot be used in iptables-restore.\n");
  return word;
}

const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;
const QUOTE = 34;
const BACKSLASH = 92;
const END = -1;

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
  // Quotes and escapes cut a word into slices, joined at its end: rules stay free of cons strings.
  let parts: string[] | undefined;
  let start = 0;
  let quoted = false;
  let inQuote = false;
  for (let i = 0; ; i++) {
    // Past the end: the last word ends there, whether a quote is open or not.
    const ch = i < body.length ? body.charCodeAt(i) : END;
    if (inQuote && ch === BACKSLASH) {
      (parts ??= []).push(body.slice(start, i), body[i + 1] ?? "");
      start = ++i + 1;
    } else if (ch === QUOTE) {
      (parts ??= []).push(body.slice(start, i));
      start = i + 1;
      inQuote = !inQuote;
      quoted = true;
    } else if (ch === END || (!inQuote && (ch === SPACE || ch === TAB || ch === NEWLINE))) {
      let word = body.slice(start, i);
      if (parts) {
        parts.push(word);
        word = parts.join("");
        parts = undefined;
      }
      if (word || quoted) words.push(checkNotTable(word));
      if (ch === END) break;
      quoted = false;
      start = i + 1;
    }
  }
  return counters ? { counters, rest: words } : { rest: words };
}
