import type { Chain, Ruleset } from "../netfilter/ruleset";
import type { Rule } from "../netfilter/rule";
import { TABLE_NAMES } from "../netfilter/tables";
import type { Netns } from "../world";

/** A live rule list is replaced, never edited, so whether it needs conntrack is worked out once. */
const needs = new WeakMap<readonly Rule[], boolean>();

function ruleNeedsConntrack(rule: Rule): boolean {
  for (const m of rule.matches) if (m.module.usesConntrack?.(m)) return true;
  const { target } = rule;
  return target.kind === "extension" && target.target.module.usesConntrack?.(target.target) === true;
}

function chainNeedsConntrack(chain: Chain): boolean {
  let need = needs.get(chain.rules);
  if (need === undefined) needs.set(chain.rules, (need = chain.rules.some(ruleNeedsConntrack)));
  return need;
}

const hasNatChain = (ruleset: Ruleset) => [...ruleset.nat.chains.values()].some((c) => c.hook && c.created);

/**
 * Whether the namespace tracks connections at all. nf_conntrack's hooks are registered for a
 * namespace only while something holds a reference: a nat base chain, or a rule whose match or
 * target needs connection state (-m conntrack/state/connmark, CONNMARK, CT). A namespace with a
 * plain filter ruleset, or none, tracks nothing (`conntrack -L` stays empty there).
 */
export function conntrackInUse(netns: Netns): boolean {
  const { ruleset } = netns;
  if (hasNatChain(ruleset)) return true;
  for (const name of TABLE_NAMES)
    for (const chain of ruleset[name].chains.values()) if (chainNeedsConntrack(chain)) return true;
  return false;
}
