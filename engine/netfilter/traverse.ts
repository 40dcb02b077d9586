import { chainIndex } from "./chain-index";
import { ipMatches, ipWhy } from "./ip-match";
import type { Chain, Table } from "./ruleset";
import type { Rule } from "./rule";
import type { Hook } from "./hooks";
import type { XtContext, XtVerdict } from "./xt-context";
import type { Packet } from "../stack/packet";
import { viewOf } from "../stack/view";
import { ruleText, ruleTexts, type TraceSink } from "../trace/sink";

/** A verdict that ends the table on this hook (the chain's policy included). */
export type TableVerdict = "ACCEPT" | "DROP";

/** Where to go back to after a user chain ends or RETURNs (the kernel's jump stack). */
interface ReturnPoint {
  readonly chain: Chain;
  readonly next: number;
}

function count(rule: Rule, packet: Packet): void {
  rule.counters = { packets: rule.counters.packets + 1n, bytes: rule.counters.bytes + BigInt(packet.length) };
}

function countPolicy(chain: Chain, packet: Packet): void {
  if (!chain.countsPolicy) return;
  const c = chain.policyCounters;
  chain.policyCounters = { packets: c.packets + 1n, bytes: c.bytes + BigInt(packet.length) };
}

/** The part of a rule that said no: the fixed part (IP_PART), match i, or none (MATCHED). */
const MATCHED = -2;
const IP_PART = -1;

function failingPart(rule: Rule, packet: Packet, ctx: XtContext): number {
  if (!ipMatches(rule, packet, ctx.hook)) return IP_PART;
  const { matches } = rule;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (!m.module.match(m, packet, ctx)) return i;
  }
  return MATCHED;
}

/** Why a rule did not match, from the part that said no (asked again only for its words: a match may count packets). */
function whyNot(rule: Rule, part: number, packet: Packet, ctx: XtContext): string {
  if (part === IP_PART) return ipWhy(rule, packet, ctx.hook) ?? "";
  const m = rule.matches[part]!;
  return m.module.why(m, packet, ctx);
}

/** The first rule from `from` on that the packet could match, by the chain's index. */
function nextCandidate(rules: readonly Rule[], from: number, packet: Packet): number {
  const q = chainIndex(rules);
  const { proto, src, dst } = packet;
  const l4 = packet.l4;
  const dport = l4 !== undefined && l4.proto !== 1 ? l4.dport : -1;
  const n = q.length;
  let i = from;
  for (; i < n; i++) {
    const p = q.proto[i]!;
    if (p !== 0 && p !== proto) continue;
    if (((src ^ q.src[i]!) & q.srcMask[i]!) !== 0 || ((dst ^ q.dst[i]!) & q.dstMask[i]!) !== 0) continue;
    if (dport < q.dportMin[i]! || dport > q.dportMax[i]!) continue;
    break;
  }
  return i;
}

/**
 * Runs one table's chain for a hook (ipt_do_table / nft_do_chain): rules in order, jumps and gotos,
 * RETURN, and the built-in chain's policy at the end. Counters count every matching rule and every
 * policy verdict, as the kernel's do. A base chain iptables-nft never made is not hooked at all, so
 * the packet passes without a trace of it.
 */
export function runTable(
  table: Table,
  hook: Hook,
  packet: Packet,
  ctx: XtContext,
  trace: TraceSink,
): TableVerdict {
  const base = table.chains.get(hook);
  if (!base?.created) return "ACCEPT";
  const netns = ctx.netns.name;
  trace?.push({
    kind: "chain",
    netns,
    table: table.name,
    chain: base.name,
    via: "hook",
    packet: viewOf(packet, hook),
  });
  const stack: ReturnPoint[] = [];
  let chain = base;
  let i = 0;
  let texts = trace && ruleTexts(base.rules);
  for (;;) {
    // Untraced, rules that cannot match are passed over unseen; the trace shows every rule tried.
    if (!trace) i = nextCandidate(chain.rules, i, packet);
    if (i >= chain.rules.length) {
      const back = stack.pop();
      if (back === undefined) {
        // The end of a built-in chain, or of a user chain reached by goto from it: the policy.
        countPolicy(base, packet);
        const policy = base.policy ?? "ACCEPT";
        trace?.push({ kind: "verdict", netns, table: table.name, chain: base.name, verdict: policy });
        return policy;
      }
      trace?.push({ kind: "return", netns, table: table.name, chain: chain.name });
      ({ chain, next: i } = back);
      texts = trace && ruleTexts(chain.rules);
      continue;
    }
    const rule = chain.rules[i]!;
    const num = ++i;
    const failed = failingPart(rule, packet, ctx);
    if (failed !== MATCHED) {
      if (trace) {
        const why = whyNot(rule, failed, packet, ctx);
        trace.push({
          kind: "rule",
          netns,
          table: table.name,
          chain: chain.name,
          num,
          rule: ruleText(texts!, chain.rules, num - 1),
          matched: false,
          why,
        });
      }
      continue;
    }
    count(rule, packet);
    trace?.push({
      kind: "rule",
      netns,
      table: table.name,
      chain: chain.name,
      num,
      rule: ruleText(texts!, chain.rules, num - 1),
      matched: true,
    });
    const { target } = rule;
    let verdict: XtVerdict | "RETURN" = "CONTINUE";
    switch (target.kind) {
      case "none":
        continue;
      case "verdict":
        if (target.verdict === "QUEUE")
          verdict = "DROP"; // no userspace queue listener: nf_queue drops
        else verdict = target.verdict;
        break;
      case "jump":
      case "goto": {
        const next = table.chains.get(target.chain)!;
        if (target.kind === "jump") stack.push({ chain, next: i });
        trace?.push({ kind: "chain", netns, table: table.name, chain: next.name, via: target.kind });
        chain = next;
        i = 0;
        texts = trace && ruleTexts(chain.rules);
        continue;
      }
      case "extension":
        verdict = target.target.module.fire(target.target, packet, ctx);
        break;
    }
    if (verdict === "CONTINUE") continue;
    if (verdict === "RETURN") {
      const back = stack.pop();
      if (back === undefined) {
        // RETURN from the built-in chain itself: the policy decides.
        chain = base;
        i = base.rules.length;
        texts = trace && ruleTexts(chain.rules);
        continue;
      }
      trace?.push({ kind: "return", netns, table: table.name, chain: chain.name });
      ({ chain, next: i } = back);
      texts = trace && ruleTexts(chain.rules);
      continue;
    }
    trace?.push({ kind: "verdict", netns, table: table.name, chain: chain.name, verdict, num });
    return verdict;
  }
}
