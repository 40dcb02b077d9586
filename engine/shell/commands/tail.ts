import type { Command } from "../command";
import { eachInput, firstLines, invalidLines, parseCount } from "./line-counts";
import { parseOptions } from "./options";

/** `tail [-n N | -n +N | -N | +N] [-q|-v] [FILE…]`: the last N lines, or everything from line N on. */
export const tail: Command = (ctx) => {
  const args = ctx.argv.slice(1);
  if (/^[-+]\d+$/.test(args[0] ?? "")) args.splice(0, 1, "-n", args[0]!.replace(/^-/, "")); // obsolete `tail -5`, `tail +5`
  const parsed = parseOptions(args, {
    name: "tail",
    short: "n:qv",
    long: { lines: "n:", quiet: "q", silent: "q", verbose: "v" },
    unimplemented: "cfFsz",
  });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  let count = 10;
  let fromStart = false;
  let headers = parsed.operands.length > 1;
  for (const [letter, value] of parsed.options) {
    if (letter === "q" || letter === "v") headers = letter === "v";
    if (letter !== "n") continue;
    fromStart = value.startsWith("+");
    const parsedCount = parseCount(value.replace(/^[-+]/, ""));
    if (parsedCount === undefined) {
      ctx.stderr.write(invalidLines("tail", value.replace(/^-/, "")));
      return 1;
    }
    count = parsedCount;
  }
  return eachInput(ctx, "tail", parsed.operands, headers, (text) =>
    ctx.stdout.write(fromStart ? text.slice(firstLines(text, count - 1).length) : lastLines(text, count)),
  );
};

function lastLines(text: string, n: number): string {
  if (n === 0) return "";
  let start = text.endsWith("\n") ? text.length - 1 : text.length;
  for (let line = 0; line < n; line++) {
    if (start <= 0) return text;
    const newline = text.lastIndexOf("\n", start - 1);
    if (newline < 0) return text;
    start = newline;
  }
  return text.slice(start + 1);
}
