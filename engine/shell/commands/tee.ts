import type { Command } from "../command";
import { writeFile } from "../fs";
import { parseOptions } from "./options";

/** `tee [-a] [FILE…]`: stdin to stdout and to every file (`/dev/null` included). */
export const tee: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), {
    name: "tee",
    short: "a",
    long: { append: "a" },
    unimplemented: "ip",
  });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  const append = parsed.options.length > 0;
  for (const file of parsed.operands) writeFile(ctx.world, file, ctx.stdin, append);
  ctx.stdout.write(ctx.stdin);
  return 0;
};
