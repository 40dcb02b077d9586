import type { FileRedirectOp, Word, WordPart } from "./ast";

export type ControlOp = "|" | "&&" | "||" | ";" | ";;" | "&" | "(" | ")";
export type RedirectOp = FileRedirectOp | "<<" | "<<-";

export type Token =
  | { readonly kind: "word"; readonly word: Word }
  | { readonly kind: "op"; readonly op: ControlOp }
  | { readonly kind: "redirect"; readonly op: RedirectOp; readonly fd: number | undefined };

export type LexResult =
  | { readonly kind: "tokens"; readonly tokens: readonly Token[] }
  /** The line goes on: an open quote, or a backslash before the end of the text. */
  | { readonly kind: "open"; readonly quote: "'" | '"' | undefined }
  | { readonly kind: "unsupported"; readonly what: string };

/** Longest first, so that `&&` wins over `&` and `<<-` over `<<`. */
const OPERATORS: readonly (readonly [string, Token])[] = [
  ["&>>", { kind: "redirect", op: "&>>", fd: undefined }],
  ["<<<", { kind: "redirect", op: "<<<", fd: undefined }],
  ["<<-", { kind: "redirect", op: "<<-", fd: undefined }],
  ["&&", { kind: "op", op: "&&" }],
  ["||", { kind: "op", op: "||" }],
  [";;", { kind: "op", op: ";;" }],
  ["&>", { kind: "redirect", op: "&>", fd: undefined }],
  [">>", { kind: "redirect", op: ">>", fd: undefined }],
  [">&", { kind: "redirect", op: ">&", fd: undefined }],
  [">|", { kind: "redirect", op: ">", fd: undefined }],
  ["<<", { kind: "redirect", op: "<<", fd: undefined }],
  ["|", { kind: "op", op: "|" }],
  ["&", { kind: "op", op: "&" }],
  [";", { kind: "op", op: ";" }],
  ["(", { kind: "op", op: "(" }],
  [")", { kind: "op", op: ")" }],
  ["<", { kind: "redirect", op: "<", fd: undefined }],
  [">", { kind: "redirect", op: ">", fd: undefined }],
];

const METACHARACTERS = new Set([" ", "\t", "\n", "|", "&", ";", "(", ")", "<", ">"]);
/** Characters a backslash escapes inside double quotes; before any other, the backslash stays. */
const DQUOTE_ESCAPES = new Set(["$", "`", '"', "\\", "\n"]);
const NAME_START = /[A-Za-z_]/;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const IO_NUMBER = /\d+(?=[<>])/y;

class Unsupported {
  constructor(readonly what: string) {}
}
class Open {
  constructor(readonly quote: "'" | '"' | undefined) {}
}

/** Splits one logical command line into words and operators with bash's quoting rules. */
export function lex(text: string): LexResult {
  try {
    return { kind: "tokens", tokens: tokenize(text) };
  } catch (stop) {
    if (stop instanceof Open) return { kind: "open", quote: stop.quote };
    if (stop instanceof Unsupported) return { kind: "unsupported", what: stop.what };
    throw stop;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n") {
      i++;
    } else if (c === "\\" && text[i + 1] === "\n") {
      i += 2; // a line continuation between words
    } else if (c === "#") {
      const newline = text.indexOf("\n", i);
      i = newline < 0 ? text.length : newline;
    } else {
      IO_NUMBER.lastIndex = i;
      const fd = c >= "0" && c <= "9" ? IO_NUMBER.exec(text) : null;
      const at = fd ? i + fd[0].length : i;
      const operator = METACHARACTERS.has(text[at]!)
        ? OPERATORS.find(([op]) => text.startsWith(op, at))
        : undefined;
      if (operator && (!fd || operator[1].kind === "redirect")) {
        const [op, token] = operator;
        tokens.push(fd && token.kind === "redirect" ? { ...token, fd: Number(fd[0]) } : token);
        i = at + op.length;
      } else {
        const { word, end } = readWord(text, i);
        tokens.push({ kind: "word", word });
        i = end;
      }
    }
  }
  return tokens;
}

function readWord(text: string, start: number): { word: Word; end: number } {
  const parts: WordPart[] = [];
  const addText = (chunk: string, quoted: boolean) => {
    const last = parts.at(-1);
    if (last?.kind === "text" && last.quoted === quoted && chunk !== "") {
      parts[parts.length - 1] = { kind: "text", text: last.text + chunk, quoted };
    } else {
      parts.push({ kind: "text", text: chunk, quoted });
    }
  };
  let i = start;
  while (i < text.length && !METACHARACTERS.has(text[i]!)) {
    const c = text[i]!;
    if (c === "\\") {
      if (i + 1 >= text.length) throw new Open(undefined);
      if (text[i + 1] !== "\n") addText(text[i + 1]!, true);
      i += 2;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new Open("'");
      addText(text.slice(i + 1, close), true);
      i = close + 1;
    } else if (c === '"') {
      i = readDoubleQuoted(text, i + 1, parts, addText);
    } else if (c === "$") {
      const { part, end } = readParam(text, i, false);
      if (part) parts.push(part);
      else addText("$", false);
      i = end;
    } else if (c === "`") {
      throw new Unsupported("command substitution `...`");
    } else {
      let end = i + 1;
      while (end < text.length && !isSpecialInWord(text[end]!)) end++;
      addText(text.slice(i, end), false);
      i = end;
    }
  }
  return { word: { parts, raw: text.slice(start, i) }, end: i };
}

function isSpecialInWord(c: string): boolean {
  return METACHARACTERS.has(c) || c === "\\" || c === "'" || c === '"' || c === "$" || c === "`";
}

/** Reads from just after the opening `"`; returns the index after the closing one. */
function readDoubleQuoted(
  text: string,
  start: number,
  parts: WordPart[],
  addText: (chunk: string, quoted: boolean) => void,
): number {
  addText("", true); // `""` is still a (empty) word
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c === "\\" && i + 1 < text.length && DQUOTE_ESCAPES.has(text[i + 1]!)) {
      if (text[i + 1] !== "\n") addText(text[i + 1]!, true);
      i += 2;
    } else if (c === "$") {
      const { part, end } = readParam(text, i, true);
      if (part) parts.push(part);
      else addText("$", true);
      i = end;
    } else if (c === "`") {
      throw new Unsupported("command substitution `...`");
    } else {
      addText(c, true);
      i++;
    }
  }
  throw new Open('"');
}

/**
 * The body of a heredoc with an unquoted delimiter: `$VAR` and `$?` expand when the command runs, and a
 * backslash escapes only `$`, `` ` ``, `\` and newline; quotes are ordinary characters.
 */
export function lexHeredocBody(body: string): Word | { readonly unsupported: string } {
  if (!/[$\\`]/.test(body)) return { parts: [{ kind: "text", text: body, quoted: true }], raw: body };
  const parts: WordPart[] = [];
  let text = "";
  let i = 0;
  try {
    while (i < body.length) {
      const c = body[i]!;
      if (c === "\\" && "$`\\\n".includes(body[i + 1] ?? "")) {
        if (body[i + 1] !== "\n") text += body[i + 1];
        i += 2;
      } else if (c === "$") {
        const { part, end } = readParam(body, i, true);
        if (part) parts.push({ kind: "text", text, quoted: true }, part);
        text = part ? "" : text + "$";
        i = end;
      } else if (c === "`") {
        throw new Unsupported("command substitution `...`");
      } else {
        text += c;
        i++;
      }
    }
  } catch (stop) {
    if (stop instanceof Unsupported) return { unsupported: stop.what };
    throw stop;
  }
  parts.push({ kind: "text", text, quoted: true });
  return { parts, raw: body };
}

/**
 * Reads a parameter at `text[at] === "$"`: `$?`, `$NAME`, `${NAME}`, `$1`. A `$` that starts none of
 * these is a literal dollar sign, as in bash. Shared with heredoc bodies.
 */
export function readParam(text: string, at: number, quoted: boolean): { part?: WordPart; end: number } {
  const next = text[at + 1];
  if (next === "?" || (next !== undefined && next >= "0" && next <= "9")) {
    return { part: { kind: "param", name: next, quoted }, end: at + 2 };
  }
  if (next !== undefined && NAME_START.test(next)) {
    NAME.lastIndex = at + 1;
    const name = NAME.exec(text)![0];
    return { part: { kind: "param", name, quoted }, end: at + 1 + name.length };
  }
  if (next === "{") {
    const close = text.indexOf("}", at + 2);
    const name = close < 0 ? "" : text.slice(at + 2, close);
    if (/^([A-Za-z_][A-Za-z0-9_]*|\?|\d)$/.test(name)) {
      return { part: { kind: "param", name, quoted }, end: close + 1 };
    }
    throw new Unsupported("parameter expansion ${...}");
  }
  if (next === "(") throw new Unsupported("command substitution $(...)");
  if (next === "'" && !quoted) throw new Unsupported("ANSI-C quoting $'...'");
  return { end: at + 1 };
}
