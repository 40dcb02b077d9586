/**
 * GNU grep patterns as JavaScript regular expressions: basic (BRE) and extended (ERE) syntax with the
 * GNU extensions scripts use (`\|`, `\+`, `\?`, `\<`, `\>`, `\w`), and grep's own messages for bad ones.
 */

export type PatternSyntax = "basic" | "extended" | "fixed";

export interface PatternOptions {
  readonly syntax: PatternSyntax;
  readonly ignoreCase: boolean;
  /** `-w`: the match must be a whole word. */
  readonly word: boolean;
  /** `-x`: the match must be the whole line. */
  readonly line: boolean;
}

export type CompiledPattern =
  { readonly regex: RegExp; readonly warnings: readonly string[] } | { readonly error: string };

class PatternError extends Error {}

// prettier-ignore
const CHARACTER_CLASSES: Readonly<Record<string, string>> = {
  alpha: "A-Za-z", digit: "0-9", alnum: "A-Za-z0-9", upper: "A-Z", lower: "a-z", space: " \\t\\n\\r\\f\\v",
  blank: " \\t", punct: "!-\\/:-@\\[-`{-~", xdigit: "0-9A-Fa-f", cntrl: "\\x00-\\x1f\\x7f", print: "\\x20-\\x7e",
  graph: "\\x21-\\x7e",
};

const UNMATCHED_BRACKET = "Unmatched [, [^, [:, [., or [=";
const WORD_CHAR = "[A-Za-z0-9_]";

/** One regular expression for all patterns (from `-e` and newlines), matched against each line. */
export function compilePatterns(patterns: readonly string[], options: PatternOptions): CompiledPattern {
  const warnings: string[] = [];
  const sources: string[] = [];
  let groups = 0;
  try {
    for (const pattern of patterns) {
      if (options.syntax === "fixed") {
        sources.push(pattern.replace(/[\\^$.|?*+()[\]{}/]/g, "\\$&"));
        continue;
      }
      const translated = new Translator(pattern, options.syntax === "extended", groups).translate();
      sources.push(translated.source);
      warnings.push(...translated.warnings);
      groups += translated.groups;
    }
  } catch (error) {
    if (error instanceof PatternError) return { error: error.message };
    throw error;
  }
  let source = sources.map((s) => `(?:${s})`).join("|");
  if (options.line) source = `^(?:${source})$`;
  else if (options.word) source = `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
  try {
    return { regex: new RegExp(source, options.ignoreCase ? "i" : ""), warnings };
  } catch {
    // A form GNU accepts but JavaScript does not (such as `\<*`); say so rather than guess.
    return { error: "Invalid regular expression" };
  }
}

class Translator {
  private out = "";
  private at = 0;
  private groups = 0;
  private readonly open: number[] = [];
  private readonly closed = new Set<number>();
  private readonly warnings: string[] = [];
  /** At the start of the expression, a group or an alternative: where `*` is literal (BRE) or ignored (ERE). */
  private atStart = true;
  /** The last quantifier written, so that `a**` or `a+*` collapse as GNU reads them. */
  private lastQuantifier: string | undefined;

  constructor(
    private readonly pattern: string,
    private readonly extended: boolean,
    private readonly groupOffset: number,
  ) {}

  translate(): { source: string; groups: number; warnings: string[] } {
    const p = this.pattern;
    while (this.at < p.length) {
      const c = p[this.at++]!;
      if (c === "\\") this.escape();
      else if (c === "[") this.atom(this.bracket());
      else if (c === ".") this.atom(".");
      else if (c === "*") this.quantifier("*");
      else if (c === "^") this.anchorStart();
      else if (c === "$") this.anchorEnd();
      else if (this.extended && c === "(") this.openGroup();
      else if (this.extended && c === ")" && this.open.length > 0) this.closeGroup();
      else if (this.extended && c === "|") this.alternation();
      else if (this.extended && (c === "+" || c === "?")) this.quantifier(c);
      else if (this.extended && c === "{" && this.intervalAhead("}")) this.interval("}");
      else this.atom(literal(c));
    }
    if (this.open.length > 0) throw new PatternError("Unmatched ( or \\(");
    return { source: this.out, groups: this.groups, warnings: this.warnings };
  }

  private escape(): void {
    const n = this.pattern[this.at++];
    if (n === undefined) throw new PatternError("Trailing backslash");
    if (!this.extended && n === "(") this.openGroup();
    else if (!this.extended && n === ")") this.closeGroup();
    else if (!this.extended && n === "|") this.alternation();
    else if (!this.extended && (n === "+" || n === "?")) this.quantifier(n);
    else if (!this.extended && n === "{") this.interval("\\}");
    else if (n >= "1" && n <= "9") this.backReference(Number(n));
    else if (n === "<") this.atom(`\\b(?=${WORD_CHAR})`);
    else if (n === ">") this.atom(`\\b(?<=${WORD_CHAR})`);
    else if (n === "b" || n === "B") this.atom(`\\${n}`);
    else if (n === "`") this.atom("^");
    else if (n === "'") this.atom("$");
    else if ("wWsS".includes(n)) this.atom(`\\${n}`);
    else this.atom(literal(n));
  }

  private atom(source: string): void {
    this.out += source;
    this.atStart = false;
    this.lastQuantifier = undefined;
  }

  private quantifier(q: string): void {
    if (this.atStart) {
      if (!this.extended) return this.atom(literal(q));
      this.warnings.push(`${q} at start of expression`);
      // GNU applies it to a `^` just before it, so `^*x` finds x anywhere.
      if ((q === "*" || q === "?") && this.out.endsWith("^")) this.out = this.out.slice(0, -1);
      return;
    }
    if (this.lastQuantifier !== undefined) {
      // `a**` is `a*`, and any mix such as `a+*` or `a?+` matches like `a*`.
      if (this.lastQuantifier === q) return;
      this.out = this.out.slice(0, -this.lastQuantifier.length) + "*";
      this.lastQuantifier = "*";
      return;
    }
    this.out += q;
    this.lastQuantifier = q;
  }

  private anchorStart(): void {
    if (this.extended || this.atStart) {
      this.out += "^";
      this.lastQuantifier = undefined;
    } else {
      this.atom("\\^");
    }
  }

  private anchorEnd(): void {
    const rest = this.pattern.slice(this.at);
    if (this.extended || rest === "" || rest.startsWith("\\)") || rest.startsWith("\\|")) this.atom("$");
    else this.atom("\\$");
  }

  private openGroup(): void {
    this.groups++;
    this.open.push(this.groups);
    this.out += "(";
    this.atStart = true;
    this.lastQuantifier = undefined;
  }

  private closeGroup(): void {
    const group = this.open.pop();
    if (group === undefined) throw new PatternError("Unmatched ) or \\)");
    this.closed.add(group);
    this.atom(")");
  }

  private alternation(): void {
    this.out += "|";
    this.atStart = true;
    this.lastQuantifier = undefined;
  }

  private backReference(n: number): void {
    if (!this.closed.has(n)) throw new PatternError("Invalid back reference");
    this.atom(`\\${n + this.groupOffset}`);
  }

  /** Whether `{` starts an ERE interval; otherwise GNU takes the brace literally. */
  private intervalAhead(close: string): boolean {
    const end = this.pattern.indexOf(close, this.at);
    return end >= 0 && /^(\d+|\d*,\d*)$/.test(this.pattern.slice(this.at, end));
  }

  private interval(close: string): void {
    const end = this.pattern.indexOf(close, this.at);
    if (end < 0) throw new PatternError("Unmatched \\{");
    const content = this.pattern.slice(this.at, end);
    this.at = end + close.length;
    const match = /^(\d*)(,(\d*))?$/.exec(content);
    const min = Number(match?.[1] || 0);
    const max = match?.[2] === undefined ? min : match[3] ? Number(match[3]) : undefined;
    if (!match || (match[1] === "" && match[2] === undefined) || (max !== undefined && max < min)) {
      throw new PatternError("Invalid content of \\{\\}");
    }
    if (this.atStart) {
      this.warnings.push("{...} at start of expression");
      return;
    }
    this.quantifier(`{${min},${max ?? ""}}`.replace(/^\{(\d+),\1\}$/, "{$1}"));
  }

  /** `[...]` after its `[`: POSIX brackets, where a backslash is literal and `]` first is a member. */
  private bracket(): string {
    const p = this.pattern;
    let out = "[";
    if (p[this.at] === "^") {
      out += "^";
      this.at++;
    }
    for (let first = true; ; first = false) {
      const c = p[this.at];
      if (c === undefined) throw new PatternError(UNMATCHED_BRACKET);
      if (c === "]" && !first) break;
      const kind = p[this.at + 1];
      if (c === "[" && (kind === ":" || kind === "=" || kind === ".")) {
        const end = p.indexOf(`${kind}]`, this.at + 2);
        if (end < 0) throw new PatternError(UNMATCHED_BRACKET);
        const name = p.slice(this.at + 2, end);
        const members =
          kind !== ":"
            ? [...name].map(classMember).join("")
            : Object.hasOwn(CHARACTER_CLASSES, name)
              ? CHARACTER_CLASSES[name]
              : undefined;
        if (members === undefined) throw new PatternError("Invalid character class name");
        out += members;
        this.at = end + 2;
      } else {
        out += c === "-" ? "-" : classMember(c);
        this.at++;
      }
    }
    this.at++;
    return `${out}]`;
  }
}

function literal(c: string): string {
  return "\\^$.|?*+()[]{}/".includes(c) ? `\\${c}` : c;
}

function classMember(c: string): string {
  return "\\]^[".includes(c) ? `\\${c}` : c;
}
