import { ipErrors } from "./errors";

/** Walking an iproute2 argument list: keywords matched by prefix, values that must follow. */

/** iproute2's matches(): `arg` is a non-empty prefix of `keyword`. */
export const matches = (arg: string, keyword: string): boolean => arg.length > 0 && keyword.startsWith(arg);

export class Args {
  private i = 0;
  constructor(private readonly argv: readonly string[]) {}

  get done(): boolean {
    return this.i >= this.argv.length;
  }

  peek(): string | undefined {
    return this.argv[this.i];
  }

  next(): string {
    return this.argv[this.i++] ?? "";
  }

  /** NEXT_ARG(): the value a keyword takes, or "Command line is not complete". */
  value(): string {
    if (this.i >= this.argv.length) throw ipErrors.incomplete();
    return this.next();
  }

  rest(): readonly string[] {
    const rest = this.argv.slice(this.i);
    this.i = this.argv.length;
    return rest;
  }
}
