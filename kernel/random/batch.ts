import { labItems } from "../../engine/lab/items";
import type { RandomCase } from "./generate";

/** The random cases one lab runs, one after the other in one bare world. */
export interface Batch {
  readonly cases: readonly RandomCase[];
  readonly script: string;
  /** For each case, the (1-based) number of its first command line in the script. */
  readonly firstLine: readonly number[];
}

/** A scenario that runs `lines` on the bare world. */
export const bareScript = (lines: readonly string[]): string => `# world: bare\n${lines.join("\n")}\n`;

export function batch(cases: readonly RandomCase[]): Batch {
  const firstLine: number[] = [];
  let next = 1;
  const parts = cases.map((c) => {
    firstLine.push(next);
    next += labItems(c.lines.join("\n")).length;
    return `# case ${c.seed}\n${c.lines.join("\n")}\n`;
  });
  return { cases, script: `# world: bare\n${parts.join("")}`, firstLine };
}

/** Which case (its index in the batch) ran command line `line`. */
export function caseOf(b: Batch, line: number): number {
  let i = 0;
  while (i + 1 < b.firstLine.length && b.firstLine[i + 1]! <= line) i++;
  return i;
}

/** Seeds `first`, `first + 1`… cut into batches of at most `size` cases. */
export function seedBatches(first: number, count: number, size: number): number[][] {
  const seeds = Array.from({ length: count }, (_, i) => first + i);
  return Array.from({ length: Math.ceil(count / size) }, (_, i) => seeds.slice(i * size, (i + 1) * size));
}
