import type { Chain } from "../netfilter/ruleset";
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

/**
 * Whether the namespace tracks connections at all. nf_conntrack's hooks are registered for a
 * namespace only while a rule holds a reference: one whose match or target needs connection state
 * (-m conntrack/state/connmark, CONNMARK, CT, a NAT target). A nat chain alone takes none (checked
 * on the kernel: nat rules without a NAT target leave `conntrack -L` empty, and the nat chains
 * then see no packet), nor does a plain filter ruleset.
 */
export function conntrackInUse(netns: Netns): boolean {
  const { ruleset } = netns;
  for (const name of TABLE_NAMES)
    for (const chain of ruleset[name].chains.values()) if (chainNeedsConntrack(chain)) return true;
  return false;
}
