import type { Command } from "../command";
import { parseOptions } from "./options";
import { quoteName, readOperand } from "./text";

type Count = "l" | "w" | "m" | "c";
/** wc prints its columns in this order, whatever the order of the options. */
const COLUMNS: readonly Count[] = ["l", "w", "m", "c"];

/**
 * `wc [-lwmc] [FILE…]`. Column width follows GNU wc: one count of one input is not padded; otherwise
 * the width fits the total size of the files, and at least 7 when stdin (a pipe here) is among them.
 */
export const wc: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), {
    name: "wc",
    short: "lwmc",
    long: { lines: "l", words: "w", chars: "m", bytes: "c" },
    unimplemented: "L",
  });
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 1;
  }
  const chosen = new Set(parsed.options.map(([letter]) => letter));
  const columns = chosen.size > 0 ? COLUMNS.filter((c) => chosen.has(c)) : (["l", "w", "c"] as const);
  const operands = parsed.operands;
  const inputs = (operands.length > 0 ? operands : ["-"]).map((name) => {
    const text = readOperand(ctx, name);
    return { name, counts: text === undefined ? undefined : count(text) };
  });
  const counted = inputs.flatMap(({ name, counts }) => (counts ? [{ name, counts }] : []));
  const fileBytes = counted.reduce((sum, { name, counts }) => sum + (name === "-" ? 0 : counts.c), 0);
  const minimum = counted.some(({ name }) => name === "-") ? 7 : 1;
  const width =
    columns.length === 1 && operands.length <= 1 ? 1 : Math.max(String(fileBytes).length, minimum);
  const line = (counts: Record<Count, number>, name: string | undefined) =>
    `${columns.map((c) => String(counts[c]).padStart(width)).join(" ")}${name === undefined ? "" : ` ${name}`}\n`;

  let status = 0;
  const total: Record<Count, number> = { l: 0, w: 0, m: 0, c: 0 };
  for (const { name, counts } of inputs) {
    if (!counts) {
      ctx.stderr.write(`wc: ${quoteName(name)}: No such file or directory\n`);
      status = 1;
      continue;
    }
    for (const c of COLUMNS) total[c] += counts[c];
    ctx.stdout.write(line(counts, operands.length > 0 ? name : undefined));
  }
  if (operands.length > 1) ctx.stdout.write(line(total, "total"));
  return status;
};

/** One pass over the UTF-16 text: lines, blank-separated words, characters and UTF-8 bytes. */
function count(text: string): Record<Count, number> {
  let lines = 0;
  let words = 0;
  let chars = 0;
  let bytes = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) lines++;
    const blank = code === 32 || (code >= 9 && code <= 13);
    if (!blank && !inWord) words++;
    inWord = !blank;
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a pair was counted with the first
    chars++;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : 3;
  }
  return { l: lines, w: words, m: chars, c: bytes };
}
