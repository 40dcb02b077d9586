import { describe, expect, it } from "vitest";
import type { Disagreement } from "./compare";
import { confirmed } from "./confirm";

const counter: Disagreement = { step: 5, what: "stdout", diff: "- 3 156\n+ 2 104" };
const late: Disagreement = { ...counter, lateAck: "nc -z 198.18.5.130 80" };
const status: Disagreement = { step: 2, what: "exit status", diff: "- 1\n+ 0" };

/** Runs that return `results` in turn, and how many were asked for. */
function runs(...results: Disagreement[][]) {
  let calls = 0;
  const run = () => Promise.resolve(results[calls++]!);
  return { run, calls: () => calls };
}

describe("confirmed", () => {
  it("runs an agreeing scenario once", async () => {
    const r = runs([]);
    expect(await confirmed(r.run)).toEqual({ found: [], unstable: [] });
    expect(r.calls()).toBe(1);
  });

  it("counts what disagrees the same way twice, and not what disagreed once", async () => {
    expect(await confirmed(runs([counter, status], [status]).run)).toEqual({
      found: [status],
      unstable: [counter],
    });
    expect(await confirmed(runs([counter], []).run)).toEqual({ found: [], unstable: [counter] });
  });

  it("does not count a run in which a stand-in closed late before the difference", async () => {
    const r = runs([late], [counter], [counter]);
    expect(await confirmed(r.run)).toEqual({ found: [counter], unstable: [late] });
    expect(r.calls()).toBe(3);
    expect(await confirmed(runs([late], []).run)).toEqual({ found: [], unstable: [late] });
  });

  it("counts what is left after four runs", async () => {
    expect(await confirmed(runs([late], [counter], [late], [late]).run)).toEqual({
      found: [counter],
      unstable: [late, late, late],
    });
    expect(await confirmed(runs([late], [late], [late], [late, status]).run)).toEqual({
      found: [status],
      unstable: [late, late, late, late],
    });
    const lateText = { ...late, diff: "- :INPUT ACCEPT [3:156]\n+ :INPUT ACCEPT [2:104]\n  COMMIT" };
    const lateRule = { ...late, diff: "- -A INPUT -j DROP\n+ -A INPUT -j ACCEPT" };
    expect(await confirmed(runs([late], [late], [late], [lateText, lateRule]).run)).toEqual({
      found: [lateRule],
      unstable: [late, late, late, lateText],
    });
  });
});
