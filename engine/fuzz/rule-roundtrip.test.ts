import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { buildRules } from "../iptables/build-rule";
import { XtablesError } from "../iptables/errors";
import { parseArgs } from "../iptables/parse-args";
import { splitRestoreLine } from "../iptables/restore-line";
import { saveRule } from "../iptables/save-rule";
import type { Rule } from "../netfilter/rule";
import { fuzzParameters } from "./config";
import { ruleWords } from "./rule-args";

/** A chain per table where both -i and -o are allowed (the parser does not check that user chains exist). */
const TABLES = { filter: "FORWARD", nat: "NAT1", mangle: "FORWARD", raw: "RAW1" } as const;

/** The rules an `iptables -t TABLE -A CHAIN …` line parses to, or undefined when iptables refuses it. */
function parse(table: string, argv: readonly string[]): Rule[] | undefined {
  try {
    return buildRules(parseArgs(["-t", table, ...argv], () => {}));
  } catch (error) {
    if (error instanceof XtablesError) return undefined;
    throw error;
  }
}

/**
 * A rule without what its modules keep only while parsing (`given`: which options were typed, e.g.
 * --set-mark where -S prints --set-xmark): the rest is what the kernel gets and must survive.
 */
function kernelPart(value: unknown): unknown {
  if (value instanceof Set || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(kernelPart);
  const entries = Object.entries(value).filter(([key]) => key !== "given");
  return Object.fromEntries(entries.map(([key, v]) => [key, key === "module" ? v : kernelPart(v)]));
}

describe("iptables -S of a parsed rule parses back to the same rule", () => {
  it("for random rules over every modelled match and target", { timeout: 600_000 }, () => {
    const parameters = fuzzParameters(50_000);
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...Object.entries(TABLES)), ruleWords, ([table, chain], words) => {
        const rules = parse(table, ["-A", chain, ...words]);
        if (!rules) return;
        accepted++;
        for (const rule of rules) {
          const printed = `-A ${chain}${saveRule(rule)}`;
          const again = parse(table, splitRestoreLine(printed, 1).rest);
          expect(again, printed).toHaveLength(1);
          expect(saveRule(again![0]!)).toBe(saveRule(rule));
          const [a, b] = [kernelPart(again![0]), kernelPart(rule)];
          if (!isDeepStrictEqual(a, b)) expect(a, printed).toEqual(b);
        }
      }),
      parameters,
    );
    // The generator is meant to make mostly valid rules; a drop here means it lost its aim.
    expect(accepted).toBeGreaterThan(parameters.numRuns / 2);
  });
});
