import { MAX_RULES_PER_TABLE } from "../limits";
import type { Rule } from "../netfilter/rule";
import type { Chain, Table } from "../netfilter/ruleset";
import { checkTable } from "../netfilter/validate";
import {
  commitFailed,
  noSuchChain,
  otherProblem,
  parameterProblem,
  badRule,
  type XtablesError,
} from "./errors";
import { sameRule } from "./save-rule";

/** The nft operation names iptables prints when the kernel refuses a batch. */
export type Verb = "RULE_APPEND" | "RULE_INSERT" | "RULE_REPLACE";

export function chainOrFail(table: Table, name: string): Chain {
  const chain = table.chains.get(name);
  if (!chain) throw noSuchChain();
  return chain;
}

/** nft's command_jump refusal of a -j/-g to a name that is neither a target nor a chain. */
export const noJumpChain = (chain: string) => parameterProblem(`Chain '${chain}' does not exist`);

/**
 * nft's command_jump: a -j/-g to a name that is neither a target nor an existing chain. A restore
 * resolves its rules' jumps only at COMMIT (the error names that line), against the chains that
 * existed when each rule was read.
 */
export function checkJumpTargets(table: Table, rules: readonly Rule[], batch = SINGLE): void {
  for (const rule of rules) {
    const { target } = rule;
    if ((target.kind === "jump" || target.kind === "goto") && !table.chains.has(target.chain)) {
      const error = noJumpChain(target.chain);
      if (!batch.refuseAtCommit) throw error;
      batch.refuseAtCommit(error);
    }
  }
}

/**
 * How rule changes reach the kernel. A single iptables command is its own batch, checked at once;
 * iptables-restore stages a whole table and checks it at COMMIT (`deferred`).
 */
export interface Batch {
  readonly deferred: boolean;
  /** Told of each rule added, with the nft operation that added it (restore keeps line numbers). */
  added?(rule: Rule, verb: Verb): void;
  /** Keeps an error that the batch reports when it commits (restore's jumps to unknown chains). */
  refuseAtCommit?(error: XtablesError): void;
}

export const SINGLE: Batch = { deferred: false };

/** The playground's cap on a table's size (limits.ts), met as a kernel out of memory meets it. */
export function tooManyRules(table: Table): boolean {
  let count = 0;
  for (const chain of table.chains.values()) count += chain.rules.length;
  return count > MAX_RULES_PER_TABLE;
}

/**
 * Applies a change to a chain's rules (`change` edits the list or returns a new one): if the kernel
 * would refuse the resulting table (a target in the wrong table or hook, a loop), nothing changes
 * and the refusal is reported.
 */
function commit(
  table: Table,
  chain: Chain,
  verb: Verb,
  batch: Batch,
  change: (rules: Rule[]) => Rule[],
): void {
  if (batch.deferred) {
    chain.rules = change(chain.rules);
    chain.created = true;
    return;
  }
  const before = chain.rules;
  chain.rules = change(before.slice());
  if (chain.rules.length > before.length && tooManyRules(table)) {
    chain.rules = before;
    throw commitFailed(verb, "Cannot allocate memory", `rule in chain ${chain.name}`);
  }
  const violation = checkTable(table);
  if (violation) {
    chain.rules = before;
    throw commitFailed(verb, violation.refusal, `rule in chain ${chain.name}`);
  }
  table.created = true;
  chain.created = true;
}

/** A built-in chain nft has not made yet cannot be looked into by rule number. */
function chainWithRules(table: Table, chainName: string): Chain {
  const chain = chainOrFail(table, chainName);
  if (chain.hook && !chain.created) throw noSuchChain();
  return chain;
}

/**
 * `list` with `rules` added at the end. A push makes room for 16 more rules, which most chains of a
 * big ruleset never get: a short list becomes an exact-size copy instead.
 */
function appendTo(list: Rule[], rules: readonly Rule[]): Rule[] {
  if (list.length + rules.length <= 16) return list.concat(rules);
  for (const rule of rules) list.push(rule);
  return list;
}

export function appendRules(table: Table, chainName: string, rules: readonly Rule[], batch = SINGLE): void {
  checkJumpTargets(table, rules, batch);
  const chain = chainOrFail(table, chainName);
  commit(table, chain, "RULE_APPEND", batch, (list) => appendTo(list, rules));
  for (const rule of rules) batch.added?.(rule, "RULE_APPEND");
}

/** -I: each expanded rule goes in at the same position, so they end up in reverse order. */
export function insertRules(
  table: Table,
  chainName: string,
  num: number,
  rules: readonly Rule[],
  batch = SINGLE,
) {
  checkJumpTargets(table, rules, batch);
  const chain = chainOrFail(table, chainName);
  if (num > chain.rules.length + 1) throw otherProblem("Index of insertion too big");
  // Inserting right after the last rule is an append to nft, and its refusal says so.
  const verb = num > 1 && num === chain.rules.length + 1 ? "RULE_APPEND" : "RULE_INSERT";
  commit(table, chain, verb, batch, (list) => {
    for (const rule of rules) list.splice(num - 1, 0, rule);
    return list;
  });
  for (const rule of rules) batch.added?.(rule, verb);
}

export function replaceRule(table: Table, chainName: string, num: number, rule: Rule, batch = SINGLE): void {
  checkJumpTargets(table, [rule], batch);
  const chain = chainWithRules(table, chainName);
  if (num > chain.rules.length) throw otherProblem("Index of replacement too big");
  commit(table, chain, "RULE_REPLACE", batch, (list) => {
    list.splice(num - 1, 1, rule);
    return list;
  });
  batch.added?.(rule, "RULE_REPLACE");
}

/** -D by specification: the first rule that prints the same, for each expanded rule. */
/** -D and -C look for the rule, not the chain: in a chain that does not exist it is just not found. */
function chainToSearch(table: Table, chainName: string): Chain {
  const chain = table.chains.get(chainName);
  if (!chain) throw badRule();
  return chain;
}

export function deleteRules(table: Table, chainName: string, rules: readonly Rule[]): void {
  checkJumpTargets(table, rules);
  const chain = chainToSearch(table, chainName);
  const kept = chain.rules.slice();
  for (const rule of rules) {
    const index = kept.findIndex((r) => sameRule(r, rule));
    if (index < 0) throw badRule();
    kept.splice(index, 1);
  }
  chain.rules = kept;
  table.created = true;
}

export function deleteRuleNumber(table: Table, chainName: string, num: number): void {
  const chain = chainWithRules(table, chainName);
  if (num > chain.rules.length) throw otherProblem("Index of deletion too big");
  chain.rules = chain.rules.filter((_, i) => i !== num - 1);
}

/** -C: exit 0 when every expanded rule is in the chain. */
export function checkRules(table: Table, chainName: string, rules: readonly Rule[]): void {
  checkJumpTargets(table, rules);
  const chain = chainToSearch(table, chainName);
  for (const rule of rules) if (!chain.rules.some((r) => sameRule(r, rule))) throw badRule();
}
