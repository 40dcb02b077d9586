import type { Chain, Table } from "../netfilter/ruleset";
import { chainsInPrintOrder } from "../netfilter/ruleset";
import { references } from "./chain-ops";
import { incompatibleChain } from "./errors";
import { chainHeader, columnHeader, listRule, type ListFormat } from "./list-rule";
import { saveRule } from "./save-rule";

function chainsToShow(table: Table, name: string | undefined): Chain[] {
  if (name === undefined) return chainsInPrintOrder(table);
  const chain = table.chains.get(name);
  if (!chain) throw incompatibleChain(name, table.name);
  return [chain];
}

/** `iptables -L [chain [n]]`. */
export function listTable(
  table: Table,
  name: string | undefined,
  num: number | undefined,
  format: ListFormat,
): string {
  const chains = chainsToShow(table, name);
  if (num !== undefined) {
    const rule = chains[0]!.rules[num - 1];
    return rule ? listRule(rule, num, format) : "";
  }
  return chains
    .map((chain) => {
      let out = chainHeader(chain, references(table, chain.name), format) + columnHeader(format);
      chain.rules.forEach((rule, i) => (out += listRule(rule, i + 1, format)));
      return out;
    })
    .join("\n");
}

/** `iptables -S [chain [n]]`; with -v the counters follow each line. */
export function listRules(
  table: Table,
  name: string | undefined,
  num: number | undefined,
  verbose: boolean,
): string {
  const chains = chainsToShow(table, name);
  const ruleLine = (chain: Chain, i: number) => `-A ${chain.name}${saveRule(chain.rules[i]!, verbose)}\n`;
  if (num !== undefined) return chains[0]!.rules[num - 1] ? ruleLine(chains[0]!, num - 1) : "";
  let out = "";
  for (const chain of chains) {
    const { packets, bytes } = chain.policyCounters;
    if (chain.policy) out += `-P ${chain.name} ${chain.policy}${verbose ? ` -c ${packets} ${bytes}` : ""}\n`;
    else out += `-N ${chain.name}\n`;
  }
  for (const chain of chains) for (let i = 0; i < chain.rules.length; i++) out += ruleLine(chain, i);
  return out;
}
