import { describe, expect, it } from "vitest";
import { compareRuns } from "./compare";
import type { SideRun } from "./sides";

const side = (outs: string[], lateAcks?: number[]): SideRun => ({
  steps: outs.map((stdout, i) => ({ command: `line ${i + 1}`, stdout, stderr: "", status: 0 })),
  ruleHits: new Map(),
  ...(lateAcks ? { lateAcks } : {}),
});

describe("compareRuns", () => {
  it("marks a difference on or after a line whose stand-in closed late, and only those", () => {
    const found = compareRuns("", side(["a\n", "b\n", "31\n"], [2]), side(["x\n", "b\n", "30\n"]));
    expect(found.map((d) => [d.step, d.lateAck])).toEqual([
      [1, undefined],
      [3, "line 2"],
    ]);
  });
});
