import type { Ruleset, Table } from "../netfilter/ruleset";
import { ZERO_COUNTERS, type Rule } from "../netfilter/rule";
import { isTableName } from "../netfilter/tables";
import { buildRules } from "./build-rule";
import {
  deleteChains,
  flushChains,
  newChain,
  renameChain,
  selectedChains,
  setPolicy,
  zeroChains,
} from "./chain-ops";
import { BACKEND, badRule, noSuchChain, parameterProblem, unknownTable, VERSION } from "./errors";
import { HELP_TEXT } from "./help";
import { listRules, listTable } from "./listing";
import { echoRule } from "./echo-rule";
import { parseArgs } from "./parse-args";
import type { ParsedArgs } from "./parsed-args";
import {
  appendRules,
  chainOrFail,
  checkRules,
  deleteRuleNumber,
  deleteRules,
  insertRules,
  replaceRule,
  SINGLE,
} from "./rule-ops";

/** Where a command's text goes: stdout, and warnings that iptables prints on stderr as it parses. */
export interface Output {
  out(text: string): void;
  warn(text: string): void;
}

/**
 * One `iptables …` command against a namespace's ruleset (do_command4): parse, check, apply.
 * Throws XtablesError; the caller prints it in iptables' words.
 */
export function runIptables(ruleset: Ruleset, argv: readonly string[], io: Output): void {
  const args = parseArgs(argv, io.warn);
  if (args.help) return io.out(HELP_TEXT);
  if (args.version && args.commands.length === 0) return io.out(`iptables ${VERSION} (${BACKEND})\n`);
  if (args.commands.length === 0) throw parameterProblem("no command specified");
  const rules = buildRules(args);
  if (!isTableName(args.table)) throw unknownTable(args.table);
  const table = ruleset[args.table];
  if (args.verbose && rules.length > 0) for (const rule of rules) io.out(echoRule(rule));
  runCommand(table, args, rules, io);
}

/** Carries out a parsed command on one table; rule changes go through `batch`. */
export function runCommand(table: Table, args: ParsedArgs, rules: Rule[], io: Output, batch = SINGLE): void {
  const chain = args.chain!;
  const verbose = args.verbose > 0;
  const [main] = args.commands;
  switch (main) {
    case "A":
      return appendRules(table, chain, rules, batch);
    case "I":
      return insertRules(table, chain, args.ruleNum ?? 1, rules, batch);
    case "R":
      return replaceRule(table, chain, args.ruleNum!, rules[0]!, batch);
    case "D":
      return args.byNumber ? deleteRuleNumber(table, chain, args.ruleNum!) : deleteRules(table, chain, rules);
    case "C":
      return checkRules(table, chain, rules);
    case "L":
    case "S": {
      const format = { numeric: args.numeric, verbose, exact: args.exact, lineNumbers: args.lineNumbers };
      io.out(
        main === "L"
          ? listTable(table, args.chain, args.ruleNum, format)
          : listRules(table, args.chain, args.ruleNum, verbose),
      );
      if (args.commands.includes("Z")) zero(table, args, io);
      return;
    }
    case "Z":
      return zero(table, args, io);
    case "F": {
      const chains = selectedChains(table, args.chain);
      if (verbose) for (const c of chains) io.out(`Flushing chain \`${c.name}'\n`);
      flushChains(chains);
      // Flushing a named chain makes it (and its table) in the kernel; flushing them all does not.
      if (args.chain !== undefined) table.created = chains[0]!.created = true;
      return;
    }
    case "N":
      return newChain(table, chain);
    case "X":
      return deleteChains(table, args.chain, (name) => verbose && io.out(`Deleting chain \`${name}'\n`));
    case "E":
      return renameChain(table, chain, args.newName!);
    case "P":
      return setPolicy(table, chain, args.policy!);
  }
}

/** -Z [chain [n]]: zero the counters of a chain, all chains, or one rule. */
function zero(table: Table, args: ParsedArgs, io: Output): void {
  if (args.ruleNum !== undefined && !args.commands.includes("L") && !args.commands.includes("S")) {
    // nft looks the rule up only in a base chain it has made; a number past the end is no error.
    const chain = chainOrFail(table, args.chain!);
    if (chain.hook && !chain.created) throw badRule();
    const rule = chain.rules[args.ruleNum - 1];
    if (rule) rule.counters = ZERO_COUNTERS;
    return;
  }
  const chains = selectedChains(table, args.chain);
  // A named built-in chain must exist in the kernel already (nft zeroes what it can find).
  if (args.chain !== undefined && chains[0]!.hook && !chains[0]!.created) throw noSuchChain();
  if (args.verbose) for (const c of chains) io.out(`Zeroing chain \`${c.name}'\n`);
  zeroChains(chains);
}
