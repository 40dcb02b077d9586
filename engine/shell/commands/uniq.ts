import type { Command } from "../command";
import { writeFile } from "../fs";
import { parseOptions, usageError } from "./options";
import { joinLines, quoteArg, quoteName, readOperand, splitLines } from "./text";

/** `uniq [-c] [-d|-u] [-i] [INPUT [OUTPUT]]`: collapses runs of equal adjacent lines. */
export const uniq: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), {
    name: "uniq",
    short: "cdui",
    long: { count: "c", repeated: "d", unique: "u", "ignore-case": "i" },
    unimplemented: "Dfszw",
  });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  const [input = "-", output, extra] = parsed.operands;
  if (extra !== undefined) {
    ctx.stderr.write(usageError({ name: "uniq" }, `extra operand ${quoteArg(extra)}`));
    return 1;
  }
  const text = readOperand(ctx, input);
  if (text === undefined) {
    ctx.stderr.write(`uniq: ${quoteName(input)}: No such file or directory\n`);
    return 1;
  }
  const flags = new Set(parsed.options.map(([letter]) => letter));
  const key = flags.has("i") ? (line: string) => line.toLowerCase() : (line: string) => line;
  const runs: { line: string; count: number }[] = [];
  for (const line of splitLines(text)) {
    const last = runs.at(-1);
    if (last && key(last.line) === key(line)) last.count++;
    else runs.push({ line, count: 1 });
  }
  const kept = runs.filter(
    ({ count }) => (flags.has("d") ? count > 1 : true) && (flags.has("u") ? count === 1 : true),
  );
  const result = joinLines(
    kept.map(({ line, count }) => (flags.has("c") ? `${String(count).padStart(7)} ${line}` : line)),
  );
  if (output === undefined || output === "-") ctx.stdout.write(result);
  else writeFile(ctx.world, output, result, false);
  return 0;
};
