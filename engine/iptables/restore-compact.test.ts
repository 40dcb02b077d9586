import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kubeRuleset } from "../bench/kube-ruleset";
import { fuzzParameters } from "../fuzz/config";
import { ruleWords } from "../fuzz/rule-args";
import { createWorld } from "../scenario/worlds";
import { runScript, splitOutput } from "../shell";
import { saveString } from "./quote";
import { CompactBlock } from "./restore-compact";

const SETUP = [
  "iptables -A INPUT -j ACCEPT",
  "iptables -t nat -N OLD",
  "iptables -t nat -A OLD -j MASQUERADE",
  "iptables -t nat -A OLD -j DNAT --to-destination 10.0.0.1",
].join("\n");

/**
 * `iptables-restore --test` checks on the facts of each rule (CompactBlock), a restore that applies
 * on full rules (StagedBlock): both must print the same, and --test must change nothing.
 */
function expectSameAsApplied(rules: string, flags = ""): { output: string; status: number } {
  const restore = (extra: string) => `iptables-restore ${extra}<<'RULES'\n${rules}RULES`;
  const tested = createWorld("empty");
  runScript(tested, SETUP);
  const before = runScript(tested, "iptables-save")[0]!.output;
  const test = runScript(tested, restore(`--test ${flags}`)).at(-1)!;
  expect(runScript(tested, "iptables-save")[0]!.output).toEqual(before);
  const applied = createWorld("empty");
  runScript(applied, SETUP);
  const apply = runScript(applied, restore(flags)).at(-1)!;
  expect(test.output).toEqual(apply.output);
  expect(test.status).toBe(apply.status);
  const { stdout, stderr } = splitOutput(test.output);
  return { output: stdout + stderr, status: test.status };
}

const TRY = "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n";
const TAG = "iptables-restore v1.8.9 (nf_tables): ";

describe("iptables-restore --test prints what a restore that applies prints", () => {
  it("accepts a kube-proxy ruleset", () => {
    expect(expectSameAsApplied(kubeRuleset(300))).toEqual({ output: "", status: 0 });
  });

  it.each([
    [
      "a target in the wrong table",
      "*filter\n-A INPUT -j DNAT --to-destination 1.2.3.4\nCOMMIT\n",
      2,
      "INPUT",
    ],
    [
      "a target in the wrong hook",
      "*nat\n-A POSTROUTING -j ACCEPT\n-A INPUT -j DNAT --to-destination 1.2.3.4\nCOMMIT\n",
      3,
      "INPUT",
    ],
    ["! -s 0.0.0.0/0", "*filter\n:U - [0:0]\n-A U ! -s 0.0.0.0/0 -j ACCEPT\nCOMMIT\n", 3, "U"],
    [
      "a reset for a rule not only tcp",
      "*filter\n-A FORWARD -j REJECT --reject-with tcp-reset\nCOMMIT\n",
      2,
      "FORWARD",
    ],
    [
      "the jump that reaches a bad hook",
      "*nat\n:U - [0:0]\n-A U -j MASQUERADE\n-A PREROUTING -j U\nCOMMIT\n",
      4,
      "PREROUTING",
    ],
    [
      "the rule in a reached chain",
      "*nat\n:U - [0:0]\n-A PREROUTING -g U\n-A U -j MASQUERADE\nCOMMIT\n",
      4,
      "U",
    ],
    [
      "one of several expanded rules",
      "*nat\n-A OUTPUT -s 1.1.1.1,2.2.2.2 -j SNAT --to-source 1.2.3.4\nCOMMIT\n",
      2,
      "OUTPUT",
    ],
  ])("blames the line of %s", (_, rules, line, chain) => {
    expect(expectSameAsApplied(rules)).toEqual({
      output: `${TAG}\nline ${line}: RULE_APPEND failed (Invalid argument): rule in chain ${chain}\n`,
      status: 4,
    });
  });

  it("refuses a loop reachable from a base chain, not one unreached", () => {
    const loop = "*filter\n:A - [0:0]\n:B - [0:0]\n-A A -j B\n-A B -g A\n";
    expect(expectSameAsApplied(`${loop}COMMIT\n`)).toEqual({ output: "", status: 0 });
    expect(expectSameAsApplied(`${loop}-A INPUT -j A\nCOMMIT\n`)).toEqual({
      output: `${TAG}\nline 6: RULE_APPEND failed (Too many links): rule in chain INPUT\n`,
      status: 4,
    });
  });

  it("names the lines of parse errors, unknown chains and jumps", () => {
    expect(expectSameAsApplied("*filter\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n")).toEqual({
      output: `${TAG}invalid port/service \`99999' specified\nError occurred at line: 2\n${TRY}`,
      status: 2,
    });
    expect(expectSameAsApplied("*filter\n-A NOSUCH -j ACCEPT\nCOMMIT\n")).toEqual({
      output: "iptables-restore: line 2 failed: No chain/target/match by that name.\n",
      status: 1,
    });
    expect(expectSameAsApplied("*filter\n-A INPUT -j NOSUCH\n-A INPUT -j DROP\nCOMMIT\n")).toEqual({
      output: `${TAG}Chain 'NOSUCH' does not exist\nError occurred at line: 4\n${TRY}`,
      status: 2,
    });
    expect(expectSameAsApplied("*filter\n:INPUT BOGUS [0:0]\nCOMMIT\n").status).toBe(1);
    expect(expectSameAsApplied("*filter\n:ACCEPT - [0:0]\nCOMMIT\n").status).toBe(2);
    expect(expectSameAsApplied("*filter\n-A INPUT -j ACCEPT\n").status).toBe(1);
  });

  it("checks --noflush blocks against the rules already there", () => {
    expect(expectSameAsApplied("*nat\n-A PREROUTING -j OLD\nCOMMIT\n", "--noflush")).toEqual({
      output: `${TAG}\nline 2: RULE_APPEND failed (Invalid argument): rule in chain PREROUTING\n`,
      status: 4,
    });
    expect(expectSameAsApplied("*nat\n-A OUTPUT -j OLD\nCOMMIT\n", "--noflush").status).toBe(4);
    expect(expectSameAsApplied("*nat\n-A OUTPUT -j OLD\nCOMMIT\n")).toEqual({
      output: `${TAG}Chain 'OLD' does not exist\nError occurred at line: 3\n${TRY}`,
      status: 2,
    });
  });

  it("carries out other commands on full rules, printing each warning once", () => {
    const rules = [
      "*filter",
      "-A INPUT -i eth/0 -j ACCEPT",
      "-I INPUT -j DROP",
      "-A FORWARD -o bad/name -j ACCEPT",
      "-D INPUT -j DROP",
      "-L INPUT",
      "COMMIT",
      "*nat",
      "-A PREROUTING -i x/y -j ACCEPT",
      "-N NEW",
      "-A NEW -j MASQUERADE",
      "-A PREROUTING -j NEW",
      "COMMIT",
      "",
    ].join("\n");
    const { output, status } = expectSameAsApplied(rules);
    const weird = (name: string) =>
      `Warning: weird character in interface \`${name}' ('/' and ' ' are not allowed by the kernel).\n`;
    expect({ output, status }).toEqual({
      output: [
        "Chain INPUT (policy ACCEPT)\n",
        "target     prot opt source               destination         \n",
        "ACCEPT     all  --  anywhere             anywhere            \n",
        weird("eth/0"),
        weird("bad/name"),
        weird("x/y"),
        `${TAG}\nline 12: RULE_APPEND failed (Invalid argument): rule in chain PREROUTING\n`,
      ].join(""),
      status: 4,
    });
  });

  it("reads only -T's table on full rules", () => {
    const rules =
      "*filter\n-A INPUT -j DROP\nCOMMIT\n*nat\n-A INPUT -j DNAT --to-destination 1.1.1.1\nCOMMIT\n";
    expect(expectSameAsApplied(rules, "-T filter").status).toBe(4);
  });

  it("takes appends, and leaves other commands to a StagedBlock", () => {
    const world = createWorld("empty");
    const table = world.netns.get("host")!.ruleset.filter;
    const block = new CompactBlock(table, { test: true, noflush: false, counters: false }, () => {});
    expect(block.ruleLine("-A INPUT -j ACCEPT", 2)).toBe(true);
    expect(block.ruleLine("-I INPUT -j ACCEPT", 3)).toBe(false);
  });
});

const BUILTINS = {
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  raw: ["PREROUTING", "OUTPUT"],
} as const;
type TableName = keyof typeof BUILTINS;

/** -i and -o where the chain allows them (iptables refuses the others before any check). */
const fitsChain = (chain: string, words: readonly string[]) =>
  !(words.includes("-o") && (chain === "INPUT" || chain === "PREROUTING")) &&
  !(words.includes("-i") && (chain === "OUTPUT" || chain === "POSTROUTING"));

/** A rule line for a restore into `table`: random words, or a jump or goto among the user chains. */
const ruleLine = (table: TableName) =>
  fc
    .tuple(
      fc.constantFrom("-A", "-A", "-A", "-A", "-I"),
      fc.constantFrom(...BUILTINS[table], "U1", "U2", "U2"),
      fc.oneof(
        { weight: 3, arbitrary: ruleWords },
        { weight: 2, arbitrary: fc.constantFrom("U1", "U2", "U1", "U2", "NOSUCH").map((c) => ["-j", c]) },
        { weight: 1, arbitrary: fc.constantFrom("U1", "U2").map((c) => ["-g", c]) },
      ),
    )
    .filter(([, chain, words]) => fitsChain(chain, words))
    .map(([verb, chain, words]) => [verb, chain, ...words.map(saveString)].join(" "));

const block = fc
  .constantFrom(...(Object.keys(BUILTINS) as TableName[]))
  .chain((table) =>
    fc
      .array(ruleLine(table), { minLength: 1, maxLength: 6 })
      .map((lines) => [`*${table}`, ":U1 - [0:0]", ":U2 - [0:0]", ...lines, "COMMIT", ""].join("\n")),
  );

describe("random restores", () => {
  it("--test prints what applying prints", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(block, { minLength: 1, maxLength: 2, selector: (b) => b.slice(0, 4) }),
        (blocks) => {
          expectSameAsApplied(blocks.join(""));
        },
      ),
      fuzzParameters(500),
    );
  });
});
