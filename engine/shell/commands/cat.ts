import type { Command } from "../command";
import { parseOptions } from "./options";
import { quoteName, readOperand } from "./text";

/** `cat [FILE…]`: files in order, `-` or no operand for stdin; `-u` is accepted and ignored, as in GNU cat. */
export const cat: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), { name: "cat", short: "u", unimplemented: "AbeEnstTv" });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  let status = 0;
  let stdinRead = false; // a second `-` finds stdin already at its end
  for (const operand of parsed.operands.length > 0 ? parsed.operands : ["-"]) {
    const text = operand === "-" && stdinRead ? "" : readOperand(ctx, operand);
    stdinRead ||= operand === "-";
    if (text === undefined) {
      ctx.stderr.write(`cat: ${quoteName(operand)}: No such file or directory\n`);
      status = 1;
    } else {
      ctx.stdout.write(text);
    }
  }
  return status;
};
