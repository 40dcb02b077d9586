import type { CommandContext } from "../command";
import { quoteAlways, quoteArg, readOperand } from "./text";

// prettier-ignore
const MULTIPLIERS: Readonly<Record<string, number>> = {
  "": 1, b: 512, k: 1024, K: 1024, kB: 1000, KB: 1000, M: 1024 ** 2, MB: 1000 ** 2, G: 1024 ** 3, GB: 1000 ** 3,
};

/** A `-n` count as head and tail read it: digits, optional blanks before, an optional size suffix. */
export function parseCount(text: string): number | undefined {
  const match = /^\s*(\d+)([A-Za-z]*)$/.exec(text);
  const multiplier = match && Object.hasOwn(MULTIPLIERS, match[2]!) ? MULTIPLIERS[match[2]!] : undefined;
  return match && multiplier !== undefined ? Number(match[1]) * multiplier : undefined;
}

export function invalidLines(tool: string, shown: string): string {
  return `${tool}: invalid number of lines: ${quoteArg(shown)}\n`;
}

/**
 * head and tail: each operand in turn (`-` is stdin), with `==> NAME <==` headers when there are several
 * or `-v`, and `cannot open` for a missing file. Returns the exit status.
 */
export function eachInput(
  ctx: CommandContext,
  tool: string,
  operands: readonly string[],
  headers: boolean,
  emit: (text: string) => void,
): number {
  let status = 0;
  let printed = 0;
  for (const operand of operands.length > 0 ? operands : ["-"]) {
    const text = readOperand(ctx, operand);
    if (text === undefined) {
      ctx.stderr.write(
        `${tool}: cannot open ${quoteAlways(operand)} for reading: No such file or directory\n`,
      );
      status = 1;
      continue;
    }
    if (headers) {
      const label = operand === "-" ? "standard input" : operand;
      ctx.stdout.write(`${printed > 0 ? "\n" : ""}==> ${label} <==\n`);
    }
    printed++;
    emit(text);
  }
  return status;
}

/** The text up to and including its `n`th newline (all of it when it has fewer lines). */
export function firstLines(text: string, n: number): string {
  let end = 0;
  for (let line = 0; line < n; line++) {
    const newline = text.indexOf("\n", end);
    if (newline < 0) return text;
    end = newline + 1;
  }
  return text.slice(0, end);
}

/** The number of lines, counting a last line that lacks its newline. */
export function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return text === "" || text.endsWith("\n") ? lines : lines + 1;
}
