import { buildRules } from "../iptables/build-rule";
import { parseArgs } from "../iptables/parse-args";
import { createNetns, createWorldState, type Netns, type World } from "../world";
import type { MatchInstance, TargetInstance } from "./extension";
import type { Hook } from "./hooks";
import type { Rule } from "./rule";
import type { TableName } from "./tables";
import type { RejectWith, XtContext } from "./xt-context";
import type { Packet } from "../stack/packet";

/**
 * A rule as `iptables [-t TABLE] -A CHAIN <spec>` builds it, for unit tests of the kernel halves:
 * `testRule("-p tcp ! --dport 80 -j ACCEPT")`. Words are split at spaces; pass an array for others.
 * The default chain is a user chain, where -i and -o are both allowed.
 */
export function testRule(
  spec: string | readonly string[],
  table: TableName = "filter",
  chain = "TEST",
): Rule {
  const words = typeof spec === "string" ? spec.split(" ").filter(Boolean) : spec;
  const rule = buildRules(parseArgs(["-t", table, "-A", chain, ...words], () => {}))[0];
  if (!rule) throw new Error(`testRule: no rule from ${words.join(" ")}`);
  return rule;
}

/** The rule's only match (for tests of one module). */
export const onlyMatch = (rule: Rule): MatchInstance => {
  if (rule.matches.length !== 1) throw new Error(`testRule: ${rule.matches.length} matches`);
  return rule.matches[0]!;
};

/** The rule's target extension. */
export const targetOf = (rule: Rule): TargetInstance => {
  if (rule.target.kind !== "extension") throw new Error("testRule: no target extension");
  return rule.target.target;
};

/** An XtContext that keeps what targets send and log, in a one-namespace world ("host"). */
export interface TestContext extends XtContext {
  readonly logs: string[];
  readonly replies: { readonly packet: Packet; readonly answer: RejectWith }[];
}

export function testContext(
  hook: Hook = "INPUT",
  options: { table?: TableName; world?: World; netns?: Netns } = {},
): TestContext {
  const world = options.world ?? createWorldState();
  const netns = options.netns ?? world.netns.get("host") ?? createNetns("host");
  if (!world.netns.has(netns.name)) world.netns.set(netns.name, netns);
  const logs: string[] = [];
  const replies: { packet: Packet; answer: RejectWith }[] = [];
  return {
    world,
    netns,
    hook,
    table: options.table ?? "filter",
    reply: (packet, answer) => replies.push({ packet, answer }),
    log: (line) => logs.push(line),
    logs,
    replies,
  };
}

/**
 * What a rule's matches say about a packet, as the traversal asks them: "match", or the `why` of
 * the first match that said no (asked right after it, as the trace does).
 */
export function matchResult(
  spec: string | readonly string[],
  packet: Packet,
  ctx: XtContext = testContext(),
): string {
  for (const m of testRule(spec).matches)
    if (!m.module.match(m, packet, ctx)) return m.module.why(m, packet, ctx);
  return "match";
}
