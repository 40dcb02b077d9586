import { describe, expect, it } from "vitest";
import { createRng } from "../../rng";
import { testPacket } from "../test-packet";
import { testContext, testRule } from "../test-xt";

const packet = testPacket({ tcp: {} });

/** Runs `count` packets through one rule's statistic match: "x" for a match, "." for none. */
function pattern(spec: string, count: number, seed?: number): string {
  const ctx = testContext();
  if (seed !== undefined) ctx.world.rng.state = createRng(seed).state;
  const m = testRule(spec).matches[0]!;
  let out = "";
  for (let i = 0; i < count; i++) out += m.module.match(m, packet, ctx) ? "x" : ".";
  return out;
}

describe("statistic match (statistic_mt)", () => {
  it("nth: matches packet `packet` of every `every`, counting from the rule's creation", () => {
    expect(pattern("-m statistic --mode nth --every 3 --packet 0", 7)).toBe("x..x..x");
    expect(pattern("-m statistic --mode nth --every 3 --packet 2", 7)).toBe("..x..x.");
    expect(pattern("-m statistic --mode nth --every 1 --packet 0", 3)).toBe("xxx");
    expect(pattern("-m statistic --mode nth ! --every 2 --packet 1", 5)).toBe("x.x.x");
  });

  it("nth: says where in the cycle the packet fell, without counting it again", () => {
    const ctx = testContext();
    const m = testRule("-m statistic --mode nth --every 3 --packet 1").matches[0]!;
    expect(m.module.match(m, packet, ctx)).toBe(false);
    expect(m.module.why(m, packet, ctx)).toBe("nth packet 0 ≠ 1 (every 3)");
    expect(m.module.why(m, packet, ctx)).toBe("nth packet 0 ≠ 1 (every 3)");
    expect(m.module.match(m, packet, ctx)).toBe(true);
    expect(m.module.match(m, packet, ctx)).toBe(false);
    expect(m.module.why(m, packet, ctx)).toBe("nth packet 2 ≠ 1 (every 3)");
    const inverted = testRule("-m statistic --mode nth ! --every 2 --packet 0").matches[0]!;
    expect(inverted.module.match(inverted, packet, ctx)).toBe(false);
    expect(inverted.module.why(inverted, packet, ctx)).toBe("nth packet 0 = 0 (every 2)");
  });

  it("random: draws from the world's generator, replayably", () => {
    const half = pattern("-m statistic --mode random --probability 0.5", 40, 7);
    expect(half).toBe(pattern("-m statistic --mode random --probability 0.5", 40, 7));
    expect(half.replace(/\./g, "").length).toBeGreaterThan(10);
    expect(half.replace(/x/g, "").length).toBeGreaterThan(10);
    expect(pattern("-m statistic --mode random --probability 1", 20, 7)).toBe("x".repeat(20));
    expect(pattern("-m statistic --mode random --probability 0", 20, 7)).toBe(".".repeat(20));
    expect(pattern("-m statistic --mode random ! --probability 0", 20, 7)).toBe("x".repeat(20));
    expect(pattern("-m statistic --mode random ! --probability 0.5", 40, 7)).toBe(
      half.replace(/[x.]/g, (c) => (c === "x" ? "." : "x")),
    );
  });

  it("random: the why does not draw again", () => {
    const ctx = testContext();
    const m = testRule("-m statistic --mode random --probability 0").matches[0]!;
    expect(m.module.match(m, packet, ctx)).toBe(false);
    const state = ctx.world.rng.state;
    expect(m.module.why(m, packet, ctx)).toBe("probability 0.00000000000: not picked");
    expect(ctx.world.rng.state).toBe(state);
    const inverted = testRule("-m statistic --mode random ! --probability 1").matches[0]!;
    expect(inverted.module.match(inverted, packet, ctx)).toBe(false);
    expect(inverted.module.why(inverted, packet, ctx)).toBe("! probability 1.00000000000: picked");
  });
});
