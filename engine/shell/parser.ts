import type { AndOr, Assignment, CommandList, Heredoc, Pipeline, Redirect, SimpleCommand, Word } from "./ast";
import type { Token } from "./lexer";

export type ParseResult =
  | { readonly kind: "list"; readonly list: CommandList; readonly heredocs: readonly Heredoc[] }
  /** bash's `syntax error near unexpected token `X'`; `newline` when the line ended too early. */
  | { readonly kind: "syntax"; readonly near: string }
  | { readonly kind: "unsupported"; readonly what: string };

/** Words that open bash's compound commands; the playground runs simple commands only. */
// prettier-ignore
const RESERVED = new Set([
  "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
  "select", "function", "time", "{", "}", "[[", "]]", "!",
]);

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

class SyntaxError {
  constructor(readonly near: string) {}
}
class Unsupported {
  constructor(readonly what: string) {}
}

/** Parses the tokens of one logical line: `a | b && c; d &`. */
export function parse(tokens: readonly Token[]): ParseResult {
  const parser = new Parser(tokens);
  try {
    return { kind: "list", list: parser.list(), heredocs: parser.heredocs };
  } catch (stop) {
    if (stop instanceof SyntaxError) return { kind: "syntax", near: stop.near };
    if (stop instanceof Unsupported) return { kind: "unsupported", what: stop.what };
    throw stop;
  }
}

/** Whether the line asks for more: it ends with `|`, `&&` or `||`, as bash continues such lines. */
export function endsWithContinuation(tokens: readonly Token[]): boolean {
  const last = tokens.at(-1);
  return last?.kind === "op" && (last.op === "|" || last.op === "&&" || last.op === "||");
}

class Parser {
  readonly heredocs: Heredoc[] = [];
  private at = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  list(): CommandList {
    const items = [];
    while (this.at < this.tokens.length) {
      const andOr = this.andOr();
      const next = this.tokens[this.at];
      if (next && !(next.kind === "op" && (next.op === ";" || next.op === "&"))) throw this.unexpected();
      this.at++;
      items.push({ andOr, background: next?.kind === "op" && next.op === "&" });
    }
    return items;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest = [];
    for (let next = this.tokens[this.at]; next?.kind === "op"; next = this.tokens[this.at]) {
      if (next.op !== "&&" && next.op !== "||") break;
      this.at++;
      rest.push({ op: next.op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    const commands = [this.simpleCommand()];
    while (this.peekOp() === "|") {
      this.at++;
      commands.push(this.simpleCommand());
    }
    return commands;
  }

  private simpleCommand(): SimpleCommand {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    if (this.peekOp() === "(") throw new Unsupported("a subshell ( ... )");
    for (let token = this.tokens[this.at]; token && token.kind !== "op"; token = this.tokens[this.at]) {
      this.at++;
      if (token.kind === "redirect") {
        const target = this.tokens[this.at];
        if (target?.kind !== "word") throw this.unexpected();
        this.at++;
        redirects.push(this.redirect(token, target.word));
        continue;
      }
      const assignment = words.length === 0 ? toAssignment(token.word) : undefined;
      if (assignment) {
        assignments.push(assignment);
      } else {
        if (words.length === 0 && assignments.length === 0 && RESERVED.has(token.word.raw)) {
          throw new Unsupported(`bash's "${token.word.raw}"`);
        }
        words.push(token.word);
      }
    }
    if (words.length + assignments.length + redirects.length === 0) throw this.unexpected();
    if (this.peekOp() === "(" && words.length === 1 && assignments.length + redirects.length === 0) {
      // `name (` can only start a function definition, so bash complains about what follows the `(`.
      this.at++;
      if (this.peekOp() === ")") throw new Unsupported("a function definition");
      throw this.unexpected();
    }
    return { assignments, words, redirects };
  }

  private redirect(token: Extract<Token, { kind: "redirect" }>, target: Word): Redirect {
    if (token.op !== "<<" && token.op !== "<<-") return { kind: "file", fd: token.fd, op: token.op, target };
    const heredoc: Heredoc = {
      kind: "heredoc",
      fd: token.fd,
      delimiter: target.parts.map((p) => (p.kind === "text" ? p.text : `$${p.name}`)).join(""),
      expand: target.parts.every((p) => !p.quoted),
      stripTabs: token.op === "<<-",
      body: { parts: [], raw: "" },
    };
    this.heredocs.push(heredoc);
    return heredoc;
  }

  private peekOp(): string | undefined {
    const token = this.tokens[this.at];
    return token?.kind === "op" ? token.op : undefined;
  }

  private unexpected(): SyntaxError {
    const token = this.tokens[this.at];
    if (!token) return new SyntaxError("newline");
    return new SyntaxError(token.kind === "word" ? token.word.raw : token.op);
  }
}

/** `NAME=value` before the command name; the value is the rest of the word, quotes and all. */
function toAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0];
  if (first?.kind !== "text" || first.quoted) return undefined;
  const match = ASSIGNMENT.exec(first.text);
  if (!match) return undefined;
  const head = first.text.slice(match[0].length);
  const parts = [...(head ? [{ ...first, text: head }] : []), ...word.parts.slice(1)];
  return { name: match[1]!, value: { parts, raw: word.raw.slice(match[0].length) } };
}
