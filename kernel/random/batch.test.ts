import { describe, expect, it } from "vitest";
import { batch, caseOf, seedBatches } from "./batch";

describe("batch", () => {
  const b = batch([
    { seed: 7, lines: ["iptables -S", "echo q | nc -u -w 1 192.168.31.1 53"] },
    { seed: 8, lines: ["conntrack -L"] },
  ]);

  it("runs the cases one after the other on the bare world, each named by its seed", () => {
    expect(b.script).toBe(
      "# world: bare\n# case 7\niptables -S\necho q | nc -u -w 1 192.168.31.1 53\n# case 8\nconntrack -L\n",
    );
  });

  it("tells which case ran a command line", () => {
    expect(b.firstLine).toEqual([1, 3]);
    expect([1, 2, 3].map((line) => caseOf(b, line))).toEqual([0, 0, 1]);
  });
});

describe("seedBatches", () => {
  it("cuts consecutive seeds into batches of at most the size", () => {
    expect(seedBatches(5, 5, 2)).toEqual([[5, 6], [7, 8], [9]]);
    expect(seedBatches(1, 0, 25)).toEqual([]);
  });
});
