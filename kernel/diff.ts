import { diffLines } from "../engine/shell/line-diff";

/** A line diff for reports: `-` lines only the kernel printed, `+` lines only the engine did. */
export function lineDiff(kernel: string, engine: string): string {
  return diffLines(kernel.split("\n"), engine.split("\n"))
    .map(({ mark, text }) => `${mark} ${text}`)
    .join("\n");
}
