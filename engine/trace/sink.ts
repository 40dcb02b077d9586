import { saveRule } from "../iptables/save-rule";
import type { Rule } from "../netfilter/rule";
import type { TraceEvent } from "./events";

/**
 * Where the packet path writes its trace, or undefined on the fast path: callers test for it before
 * building an event, so an untraced packet allocates nothing for the trace.
 */
export type TraceSink = TraceEvent[] | undefined;

/**
 * The texts of a chain's rules as the trace shows them (what `iptables -S` prints after `-A CHAIN`),
 * each worked out once: a live rule list is replaced, never edited, and rules never change.
 */
const texts = new WeakMap<readonly Rule[], string[]>();

export function ruleTexts(rules: readonly Rule[]): string[] {
  let list = texts.get(rules);
  if (!list) texts.set(rules, (list = []));
  return list;
}

export function ruleText(texts: string[], rules: readonly Rule[], i: number): string {
  return (texts[i] ??= saveRule(rules[i]!).trimStart());
}
