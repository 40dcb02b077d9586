import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { XtablesError } from "../iptables/errors";
import { runIptables } from "../iptables/iptables";
import { createWorld } from "../scenario/worlds";
import { runLine, splitOutput } from "../shell";
import { fuzzParameters } from "./config";
import { ruleWords } from "./rule-args";

/** Where rules go: every table's built-in chains and one user chain each, which rules may jump to. */
const CHAINS = {
  filter: ["INPUT", "FORWARD", "OUTPUT", "U1"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING", "U1"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING", "U1"],
  raw: ["PREROUTING", "OUTPUT", "U1"],
} as const;

const command = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.keys(CHAINS)).chain(ruleIn) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("INPUT", "FORWARD", "OUTPUT"), fc.constantFrom("ACCEPT", "DROP"))
      .map(([chain, policy]) => ["-P", chain, policy]),
  },
);

/** `-t TABLE -A CHAIN …`, sometimes with counters (-c), which `iptables-save -c` must carry over. */
function ruleIn(table: string): fc.Arbitrary<string[]> {
  const chains = CHAINS[table as keyof typeof CHAINS];
  return fc
    .tuple(fc.constantFrom(...chains), ruleWords, fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }))
    .map(([chain, words, counters]) => [
      "-t",
      table,
      "-A",
      chain,
      ...words,
      ...(counters ? ["-c", String(counters[0]), String(counters[1])] : []),
    ]);
}

describe("iptables-save | iptables-restore | iptables-save", () => {
  it("prints what it restored, counters included", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 12 }), (commands) => {
        const world = createWorld("empty");
        const ruleset = world.netns.get("host")!.ruleset;
        const quiet = { out() {}, warn() {} };
        for (const table of Object.keys(CHAINS)) runIptables(ruleset, ["-t", table, "-N", "U1"], quiet);
        for (const argv of commands)
          try {
            runIptables(ruleset, argv, quiet);
          } catch (error) {
            if (!(error instanceof XtablesError)) throw error;
          }
        const saved = splitOutput(runLine(world, "iptables-save -c").output);
        const again = runLine(world, "iptables-save -c | iptables-restore -c && iptables-save -c");
        // stderr may repeat parse warnings (a reversed iprange), as the real restore does.
        expect(splitOutput(again.output).stdout).toBe(saved.stdout);
        expect(again.status).toBe(0);
      }),
      fuzzParameters(3_000),
    );
  });
});
