import type { Rule } from "../netfilter/rule";
import { buildRules } from "./build-rule";
import { parameterProblem } from "./errors";
import { parseArgs } from "./parse-args";
import type { ParsedArgs } from "./parsed-args";

/** xtables-restore refuses -t (and --table, however abbreviated) inside the file. */
function checkNotTable(word: string): string {
  const short = word[0] === "-" && word[1] !== "-" && word.includes("t");
  // "--t" to "--table": the length test first, so that every word takes the same path (a word like
  // "--to-destination" first seen late would otherwise cost the optimised parser a deoptimisation).
  const long = word.length >= 3 && word.length <= 7 && "--table".startsWith(word);
  if (short || long) throw parameterProblem("The -t option cannot be used in iptables-restore.\n");
  return word;
}

const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;
const QUOTE = 34;
const BACKSLASH = 92;
const DASH = 45;
const END = -1;

const isBlank = (ch: number) => ch === SPACE || ch === TAB || ch === NEWLINE;

/** "-A", "-m", "-j", …: the two-character words of every rule, shared instead of cut out of each line. */
const DASH_WORDS: readonly string[] = Array.from({ length: 128 }, (_, ch) => `-${String.fromCharCode(ch)}`);

/** The plain word text[from, end), shared when it is a dash and one ASCII character. */
function plainWord(text: string, from: number, end: number): string {
  if (end - from === 2 && text.charCodeAt(from) === DASH) {
    const shared = DASH_WORDS[text.charCodeAt(from + 1)];
    if (shared !== undefined) return shared;
  }
  return text.slice(from, end);
}

/** Where the next `char` is at or after `from` (-1: none), given where it was last found. */
const nextAt = (text: string, char: string, known: number, from: number) =>
  known === -1 || known >= from ? known : text.indexOf(char, from);

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
  // Plain words are found with indexOf, which is fast even before the JIT has warmed up; only a
  // word with a quote in it is read character by character.
  let space = body.indexOf(" ");
  let tab = body.indexOf("\t");
  let newline = body.indexOf("\n");
  let quote = body.indexOf('"');
  let backslash = body.indexOf("\\");
  for (let at = 0; ;) {
    while (at < body.length && isBlank(body.charCodeAt(at))) at++;
    if (at >= body.length) break;
    space = nextAt(body, " ", space, at);
    tab = nextAt(body, "\t", tab, at);
    newline = nextAt(body, "\n", newline, at);
    quote = nextAt(body, '"', quote, at);
    let end = space < 0 ? body.length : space;
    if (tab >= 0 && tab < end) end = tab;
    if (newline >= 0 && newline < end) end = newline;
    if (quote < 0 || quote >= end) {
      words.push(checkNotTable(plainWord(body, at, end)));
      at = end;
      continue;
    }
    // The usual quoted word, a whole word in quotes with no backslash ("--comment "a b""), is the
    // slice between them; any other is read character by character.
    const close = quote === at ? body.indexOf('"', at + 1) : -1;
    backslash = nextAt(body, "\\", backslash, at);
    const after = close + 1;
    if (
      close > 0 &&
      (backslash < 0 || backslash > close) &&
      (after === body.length || isBlank(body.charCodeAt(after)))
    ) {
      words.push(checkNotTable(body.slice(at + 1, close)));
      at = after;
    } else {
      at = quotedWord(body, at, words);
    }
  }
  return counters ? { counters, rest: words } : { rest: words };
}

/**
 * The word starting at `start` that has a quote in it, pushed onto `words`; returns where it ends.
 * Quotes and escapes cut it into slices, joined at its end: rules stay free of cons strings.
 */
function quotedWord(body: string, start: number, words: string[]): number {
  const parts: string[] = [];
  let from = start;
  let inQuote = false;
  for (let i = start; ; i++) {
    // Past the end: the word ends there, whether a quote is open or not.
    const ch = i < body.length ? body.charCodeAt(i) : END;
    if (inQuote && ch === BACKSLASH) {
      parts.push(body.slice(from, i), body[i + 1] ?? "");
      from = ++i + 1;
    } else if (ch === QUOTE) {
      parts.push(body.slice(from, i));
      from = i + 1;
      inQuote = !inQuote;
    } else if (ch === END || (!inQuote && isBlank(ch))) {
      parts.push(body.slice(from, i));
      words.push(checkNotTable(parts.join("")));
      return i;
    }
  }
}

/** A rule line parsed as iptables parses its command line; `counters`: -c, "[packets:bytes]" count. */
export function parseRuleLine(
  text: string,
  line: number,
  counters: boolean,
  warn: (text: string) => void,
): { args: ParsedArgs; rules: Rule[] } {
  const words = splitRestoreLine(text, line);
  const argv = counters && words.counters ? ["-c", ...words.counters, ...words.rest] : words.rest;
  const args = parseArgs(argv, warn);
  return { args, rules: buildRules(args) };
}
