import { describe, expect, it } from "vitest";
import { shrink } from "./shrink";

describe("shrink", () => {
  it("keeps only the lines the failure needs", async () => {
    const fails = async (lines: readonly string[]) => lines.includes("b") && lines.includes("e");
    expect(await shrink(["a", "b", "c", "d", "e", "f", "g"], fails, 100)).toEqual({
      items: ["b", "e"],
      minimal: true,
    });
  });

  it("stops at the budget and says the result may not be minimal", async () => {
    let tries = 0;
    const fails = async (lines: readonly string[]) => (tries++, lines.includes("z"));
    const result = await shrink(["a", "b", "c", "d", "z"], fails, 1);
    expect(tries).toBe(1);
    expect(result.minimal).toBe(false);
    expect(result.items).toEqual(["d", "z"]);
  });
});
