import type { Hook } from "./hooks";
import { ZERO_COUNTERS, type Counters, type Rule } from "./rule";
import { BUILTIN_CHAINS, TABLE_NAMES, type TableName } from "./tables";

export type Policy = "ACCEPT" | "DROP";

export interface Chain {
  readonly name: string;
  /** Set for built-in chains only: the hook the chain is attached to. */
  readonly hook?: Hook;
  /**
   * Whether iptables-nft has made the chain in the kernel yet. That matters for built-in chains, made
   * on their first rule, policy or flush: until then -R and -D by number find no chain.
   */
  created: boolean;
  policy?: Policy;
  policyCounters: Counters;
  /**
   * Whether the kernel counts packets the policy decides. iptables-nft attaches counters to a base
   * chain when it sets the chain's policy (-P, a restore's `:CHAIN POLICY` line) or zeroes the
   * chain (-Z); a chain its first rule made counts nothing, even after a flush.
   */
  countsPolicy: boolean;
  rules: Rule[];
}

export interface Table {
  readonly name: TableName;
  /** Built-in chains first in hook order, then user chains in creation order (printing sorts them). */
  readonly chains: Map<string, Chain>;
  /**
   * iptables-nft creates a table in the kernel the first time a command other than -L/-S touches it;
   * only created tables appear in `iptables-save`.
   */
  created: boolean;
}

export type Ruleset = Record<TableName, Table>;

export function builtinChain(hook: Hook): Chain {
  return {
    name: hook,
    hook,
    created: false,
    policy: "ACCEPT",
    policyCounters: ZERO_COUNTERS,
    countsPolicy: false,
    rules: [],
  };
}

export function userChain(name: string): Chain {
  return { name, created: false, policyCounters: ZERO_COUNTERS, countsPolicy: false, rules: [] };
}

export function createTable(name: TableName): Table {
  const chains = new Map<string, Chain>();
  for (const hook of BUILTIN_CHAINS[name]) chains.set(hook, builtinChain(hook));
  return { name, chains, created: false };
}

export function createRuleset(): Ruleset {
  const entries = TABLE_NAMES.map((name) => [name, createTable(name)] as const);
  return Object.fromEntries(entries) as Ruleset;
}

/** The order -S, -L and iptables-save print chains in: built-ins by hook, then user chains by strcmp. */
export function chainsInPrintOrder(table: Table): Chain[] {
  const builtins: Chain[] = [];
  const users: Chain[] = [];
  for (const chain of table.chains.values()) (chain.hook ? builtins : users).push(chain);
  users.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...builtins, ...users];
}
