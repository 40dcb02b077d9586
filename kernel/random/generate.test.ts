import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runScript } from "../../engine/shell";
import { randomCase } from "./generate";

describe("randomCase", () => {
  it("makes the same case for the same seed", () => {
    expect(randomCase(42)).toEqual(randomCase(42));
    expect(randomCase(42).lines).not.toEqual(randomCase(43).lines);
  });

  it("probes UDP with -W 1, so that an answered probe does not wait out -w", () => {
    const probes = Array.from({ length: 60 }, (_, i) => randomCase(i + 1).lines)
      .flat()
      .filter((line) => line.includes("nc -u"));
    expect(probes.length).toBeGreaterThan(0);
    for (const line of probes) expect(line).toMatch(/ nc -u -w 1 -W 1 [\d.]+ \d+$/);
  });

  it("writes only rules the kernel accepts, and puts the bare world's rules back at the end", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const world = createWorld("bare");
      const before = runScript(world, "ip netns exec router iptables-save\niptables-save")
        .map((r) => r.output)
        .join("");
      const results = runScript(world, randomCase(seed).lines.join("\n"));
      const refused = results.filter(
        (r) => /iptables (-t \w+ )?-[AIPNFXZ]/.test(r.command) && r.status !== 0,
      );
      expect(refused.map((r) => `${seed}: ${r.command}`)).toEqual([]);
      const after = runScript(world, "ip netns exec router iptables-save\niptables-save")
        .map((r) => r.output)
        .join("");
      // Policies a case set stay counted (nft's chain counters), so compare the rules alone.
      const rules = (save: string) =>
        save
          .split("\n")
          .filter((line) => line.startsWith("-A"))
          .join("\n");
      expect(rules(after), `seed ${seed}`).toBe(rules(before));
    }
    // Sixty cases through the engine take seconds, more on a machine busy with other work.
  }, 30_000);
});
