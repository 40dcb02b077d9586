import type { Command } from "../command";
import { parseOptions } from "./options";
import { joinLines, quoteName, readOperand, splitLines } from "./text";

/**
 * `sort [-n] [-r] [-u] [FILE…]` in byte order, as with LC_ALL=C (and C.UTF-8). Equal keys fall back to
 * comparing whole lines, except with `-u`, which keeps the first line of each run of equal keys.
 */
export const sort: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), {
    name: "sort",
    short: "nru",
    long: { "numeric-sort": "n", reverse: "r", unique: "u" },
    unimplemented: "bdfgiMhRVcCkmosStTz",
  });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 2;
  }
  const flags = new Set(parsed.options.map(([letter]) => letter));
  const lines: string[] = [];
  for (const operand of parsed.operands.length > 0 ? parsed.operands : ["-"]) {
    const text = readOperand(ctx, operand);
    if (text === undefined) {
      ctx.stderr.write(`sort: cannot read: ${quoteName(operand)}: No such file or directory\n`);
      return 2;
    }
    lines.push(...splitLines(text));
  }
  const direction = flags.has("r") ? -1 : 1;
  const byKey = flags.has("n") ? (a: string, b: string) => numericValue(a) - numericValue(b) : byteOrder;
  const compare = flags.has("u")
    ? (a: string, b: string) => direction * byKey(a, b)
    : (a: string, b: string) => direction * (byKey(a, b) || byteOrder(a, b));
  const sorted = lines.sort(compare); // Array.prototype.sort is stable, as sort -u needs
  const kept = flags.has("u")
    ? sorted.filter((line, i) => i === 0 || compare(sorted[i - 1]!, line) !== 0)
    : sorted;
  ctx.stdout.write(joinLines(kept));
  return 0;
};

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `-n` reads leading blanks, a minus sign, digits and a decimal fraction; anything else counts as 0. */
function numericValue(line: string): number {
  const match = /^[ \t]*(-?)(\d*(?:\.\d*)?)/.exec(line)!;
  const value = Number.parseFloat(match[2]!.startsWith(".") ? `0${match[2]}` : match[2]!);
  return Number.isNaN(value) ? 0 : match[1] ? -value : value;
}
