import { describe, expect, it } from "vitest";
import type { DiffLine } from "../../engine/shell/line-diff";
import { foldUnchanged, type DiffRow } from "./diff-runs";

/** Lines from words: a mark ("." for unchanged) and the text. */
const lines = (words: string): DiffLine[] =>
  words.split(" ").map((w) => ({ mark: w[0] === "." ? " " : (w[0] as "+" | "-"), text: w.slice(1) }));

/** Rows as words, as `lines` reads them; a fold as its count in brackets. */
const shown = (rows: DiffRow[]) =>
  rows
    .map((r) =>
      r.kind === "folded"
        ? `[${r.lines.length}]`
        : `${r.line.mark === " " ? "." : r.line.mark}${r.line.text}`,
    )
    .join(" ");

describe("foldUnchanged", () => {
  it("keeps `context` unchanged lines next to each change and folds the rest of the run", () => {
    const diff = lines(".a .b .c .d -e +f .g .h .i .j .k -l .m .n .o");
    expect(shown(foldUnchanged(diff, 1))).toBe("[3] .d -e +f .g [3] .k -l .m [2]");
  });

  it("leaves a run as it is when folding it would hide a single line", () => {
    expect(shown(foldUnchanged(lines("-a .b .c .d +e"), 1))).toBe("-a .b .c .d +e");
  });

  it("folds a table without any change into one row", () => {
    const diff = lines(".a .b");
    expect(foldUnchanged(diff, 1)).toEqual([{ kind: "folded", lines: diff }]);
  });
});
