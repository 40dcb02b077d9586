import { references } from "../iptables/chain-ops";
import { chainHeader, columnHeader, listRule, type ListFormat } from "../iptables/list-rule";
import { saveRule } from "../iptables/save-rule";
import { chainsInPrintOrder, type Chain, type Ruleset, type Table } from "../netfilter/ruleset";
import { TABLE_NAMES } from "../netfilter/tables";
import type { ChainView, TableView } from "./types";

/** `iptables -L -n -v -x`: the listing with exact counters. */
const LIST_FORMAT: ListFormat = { numeric: true, verbose: true, exact: true, lineNumbers: false };

const line = (text: string): string => text.replace(/\n$/, "");

function chainView(table: Table, chain: Chain): ChainView {
  return {
    name: chain.name,
    ...(chain.hook ? { hook: chain.hook } : {}),
    ...(chain.policy ? { policy: chain.policy } : {}),
    spec: chain.policy ? `-P ${chain.name} ${chain.policy}` : `-N ${chain.name}`,
    header: line(chainHeader(chain, references(table, chain.name), LIST_FORMAT)),
    rules: chain.rules.map((rule, i) => ({
      num: i + 1,
      spec: `-A ${chain.name}${saveRule(rule)}`,
      row: line(listRule(rule, i + 1, LIST_FORMAT)),
      packets: Number(rule.counters.packets),
      bytes: Number(rule.counters.bytes),
    })),
  };
}

/** Every table of a namespace, each chain with its -S and -L lines, through iptables' own printers. */
export function tablesView(ruleset: Ruleset): TableView[] {
  return TABLE_NAMES.map((name) => {
    const table = ruleset[name];
    return {
      name,
      chains: chainsInPrintOrder(table).map((chain) => chainView(table, chain)),
      columns: line(columnHeader(LIST_FORMAT)),
    };
  });
}
