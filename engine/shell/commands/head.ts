import type { Command } from "../command";
import { countLines, eachInput, firstLines, invalidLines, parseCount } from "./line-counts";
import { parseOptions } from "./options";

/** `head [-n [-]N | -N] [-q|-v] [FILE…]`: the first N lines, or all but the last N with `-n -N`. */
export const head: Command = (ctx) => {
  const args = ctx.argv.slice(1);
  if (/^-\d+$/.test(args[0] ?? "")) args.splice(0, 1, "-n", args[0]!.slice(1)); // obsolete `head -5`
  const parsed = parseOptions(args, {
    name: "head",
    short: "n:qv",
    long: { lines: "n:", quiet: "q", silent: "q", verbose: "v" },
    unimplemented: "cz",
  });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  let count = 10;
  let allButLast = false;
  let headers = parsed.operands.length > 1;
  for (const [letter, value] of parsed.options) {
    if (letter === "q" || letter === "v") headers = letter === "v";
    if (letter !== "n") continue;
    allButLast = value.startsWith("-");
    const digits = allButLast ? value.slice(1) : value.replace(/^\+/, "");
    const parsedCount = parseCount(digits);
    if (parsedCount === undefined) {
      ctx.stderr.write(invalidLines("head", digits));
      return 1;
    }
    count = parsedCount;
  }
  return eachInput(ctx, "head", parsed.operands, headers, (text) =>
    ctx.stdout.write(firstLines(text, allButLast ? countLines(text) - count : count)),
  );
};
