import type { Command } from "../command";
import { removeFile } from "../fs";
import { parseOptions, usageError } from "./options";
import { quoteAlways } from "./text";

/** `rm [-f] [-r] [-v] FILE…`; the playground's files have no directories, so `-r` changes nothing. */
export const rm: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), {
    name: "rm",
    short: "frRv",
    long: { force: "f", recursive: "r", verbose: "v" },
    unimplemented: "iId",
  });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  const flags = new Set(parsed.options.map(([letter]) => letter));
  if (parsed.operands.length === 0) {
    if (flags.has("f")) return 0;
    ctx.stderr.write(usageError({ name: "rm" }, "missing operand"));
    return 1;
  }
  let status = 0;
  for (const file of parsed.operands) {
    if (removeFile(ctx.world, file)) {
      if (flags.has("v")) ctx.stdout.write(`removed ${quoteAlways(file)}\n`);
    } else if (!flags.has("f")) {
      ctx.stderr.write(`rm: cannot remove ${quoteAlways(file)}: No such file or directory\n`);
      status = 1;
    }
  }
  return status;
};
