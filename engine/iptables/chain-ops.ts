import { chainOf, ZERO_COUNTERS } from "../netfilter/rule";
import { chainsInPrintOrder, userChain, type Chain, type Policy, type Table } from "../netfilter/ruleset";
import { commitFailed, otherProblem } from "./errors";
import { chainOrFail } from "./rule-ops";

/** How many rules jump or go to a chain (the "N references" of -L). */
export function references(table: Table, name: string): number {
  let count = 0;
  for (const chain of table.chains.values())
    for (const rule of chain.rules) if (chainOf(rule.target) === name) count++;
  return count;
}

export function newChain(table: Table, name: string): void {
  if (table.chains.has(name)) throw otherProblem("Chain already exists");
  table.chains.set(name, userChain(name));
  table.created = true;
}

/**
 * -X: deletes user chains (all of them, or none if one is busy). iptables-nft also removes a built-in
 * chain from the kernel when it holds no rules and accepts by default; that only shows in which
 * rule numbers it can find afterwards.
 */
export function deleteChains(table: Table, name: string | undefined, onDelete: (name: string) => void): void {
  const named = name === undefined ? undefined : chainOrFail(table, name);
  if (named?.hook) {
    if (!named.created) throw otherProblem("No chain/target/match by that name");
    if (named.policy !== "ACCEPT") throw otherProblem("Directory not empty");
    if (named.rules.length > 0) throw busy(named);
    onDelete(named.name);
    removeBuiltin(named);
    return;
  }
  const victims = named ? [named] : [...table.chains.values()].filter((c) => !c.hook);
  const inUse = victims.find((c) => c.rules.length > 0 || references(table, c.name) > 0);
  if (inUse) throw busy(inUse);
  for (const chain of victims) {
    onDelete(chain.name);
    table.chains.delete(chain.name);
  }
  if (named) return;
  for (const chain of table.chains.values())
    if (chain.hook && chain.rules.length === 0 && chain.policy === "ACCEPT") removeBuiltin(chain);
}

/** A built-in chain nft deleted takes its counters along; the next one made has none until -P or -Z. */
function removeBuiltin(chain: Chain): void {
  chain.created = false;
  chain.policyCounters = ZERO_COUNTERS;
  chain.countsPolicy = false;
}

const busy = (chain: Chain) => commitFailed("CHAIN_DEL", "Device or resource busy", `chain ${chain.name}`);

/** -E: renames a user chain and every jump to it. */
export function renameChain(table: Table, from: string, to: string): void {
  // nft looks for the new name first: renaming a missing chain onto a taken name is "File exists".
  if (table.chains.has(to)) throw otherProblem("File exists");
  const chain = chainOrFail(table, from);
  if (chain.hook) throw otherProblem("Invalid argument. Run `dmesg' for more information");
  const renamed: Chain = { ...chain, name: to };
  const entries = [...table.chains.entries()].map(([n, c]): [string, Chain] =>
    n === from ? [to, renamed] : [n, c],
  );
  table.chains.clear();
  for (const [n, c] of entries) {
    c.rules = c.rules.map((rule) =>
      chainOf(rule.target) === from
        ? { ...rule, target: { ...rule.target, chain: to } as typeof rule.target }
        : rule,
    );
    table.chains.set(n, c);
  }
}

/** The chains a -F or -Z without a chain name acts on, in listing order. */
export function selectedChains(table: Table, name: string | undefined): Chain[] {
  return name === undefined ? chainsInPrintOrder(table) : [chainOrFail(table, name)];
}

export function flushChains(chains: readonly Chain[]): void {
  for (const chain of chains) chain.rules = [];
}

export function zeroChains(chains: readonly Chain[]): void {
  for (const chain of chains) {
    chain.policyCounters = ZERO_COUNTERS;
    // nft zeroes a base chain it has made by sending it counters, which the kernel then keeps.
    if (chain.hook && chain.created) chain.countsPolicy = true;
    for (const rule of chain.rules) rule.counters = ZERO_COUNTERS;
  }
}

export function setPolicy(table: Table, name: string, policy: string): void {
  // The policy is checked before the chain: "-P USER1 RETURN" is a bad policy, "-P USER1 DROP" a bad chain.
  if (policy !== "ACCEPT" && policy !== "DROP")
    throw otherProblem("Bad policy name. Run `dmesg' for more information");
  const chain = table.chains.get(name);
  if (!chain?.hook) throw otherProblem("Bad built-in chain name");
  chain.policy = policy as Policy;
  // nft replaces the chain without counters: the kernel starts it afresh at [0:0].
  chain.policyCounters = ZERO_COUNTERS;
  chain.countsPolicy = true;
  chain.created = true;
  table.created = true;
}
