import type { Command } from "../command";
import { parseOptions, usageError } from "./options";
import { quoteArg } from "./text";

const UNIT_SECONDS: Readonly<Record<string, number>> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };

/** `sleep NUMBER[smhd]…`: the arguments add up, and the world's virtual clock moves on by that much. */
export const sleep: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), { name: "sleep", short: "" });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  if (parsed.operands.length === 0) {
    ctx.stderr.write(usageError({ name: "sleep" }, "missing operand"));
    return 1;
  }
  let seconds = 0;
  const invalid: string[] = [];
  for (const operand of parsed.operands) {
    const match = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(operand);
    if (match) seconds += Number(match[1]) * UNIT_SECONDS[match[2]!]!;
    else invalid.push(operand);
  }
  if (invalid.length > 0) {
    const complaints = invalid
      .map((operand) => `sleep: invalid time interval ${quoteArg(operand)}\n`)
      .join("");
    ctx.stderr.write(`${complaints}Try 'sleep --help' for more information.\n`);
    return 1;
  }
  ctx.world.clock += Math.round(seconds * 1000);
  return 0;
};
