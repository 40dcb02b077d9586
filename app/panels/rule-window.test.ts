import { describe, expect, it } from "vitest";
import { ruleWindow } from "./rule-window";

describe("ruleWindow", () => {
  it("draws a short chain whole", () => {
    expect(ruleWindow(12, 7)).toEqual({ first: 1, last: 12 });
  });

  it("draws 200 rules of a long chain around the rule in focus, within the chain", () => {
    expect(ruleWindow(10_000, undefined)).toEqual({ first: 1, last: 200 });
    expect(ruleWindow(10_000, 5_000)).toEqual({ first: 4_900, last: 5_099 });
    expect(ruleWindow(10_000, 9_990)).toEqual({ first: 9_801, last: 10_000 });
  });
});
