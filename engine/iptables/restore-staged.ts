import type { Rule } from "../netfilter/rule";
import { userChain, type Chain, type Ruleset, type Table } from "../netfilter/ruleset";
import type { TableName } from "../netfilter/tables";
import { checkTable } from "../netfilter/validate";
import type { XtablesError } from "./errors";
import { runCommand, type Output } from "./iptables";
import { checkChainName } from "./names";
import { chainLineWords, checkPolicy, type RestoreBlock, type RestoreOptions } from "./restore-block";
import { commitFailure } from "./restore-failure";
import { parseRuleLine } from "./restore-line";
import { tooManyRules, type Batch, type Verb } from "./rule-ops";

/** The table as it will be after this block: a copy, emptied unless --noflush. */
function stage(live: Table, noflush: boolean): Table {
  const chains = new Map<string, Chain>();
  for (const [name, chain] of live.chains) {
    if (!noflush && !chain.hook) continue;
    chains.set(name, { ...chain, rules: noflush ? chain.rules.slice() : [] });
  }
  return { name: live.name, chains, created: live.created };
}

/**
 * A block carried out on a staged copy of its table, with full rules, and put in place at COMMIT
 * unless it is a --test or another table's (-T).
 */
export class StagedBlock implements RestoreBlock {
  private readonly staged: Table;
  /**
   * The rules added, each with its line and nft operation at the same index, to name the line the
   * kernel refuses (parallel arrays: no record per rule).
   */
  private readonly added: Rule[] = [];
  private readonly addedLines: number[] = [];
  private readonly addedVerbs: Verb[] = [];
  /** The line being applied, which `batch` records for each rule it adds. */
  private line = 0;
  /** The first jump to an unknown chain: nft reports it at COMMIT. */
  private jumpError?: XtablesError;
  private readonly batch: Batch = {
    deferred: true,
    added: (rule, verb) => {
      this.added.push(rule);
      this.addedLines.push(this.line);
      this.addedVerbs.push(verb);
    },
    refuseAtCommit: (error) => {
      this.jumpError ??= error;
    },
  };

  constructor(
    private readonly ruleset: Ruleset,
    readonly name: TableName,
    private readonly options: RestoreOptions,
    private readonly io: Output,
  ) {
    this.staged = stage(ruleset[name], options.noflush);
  }

  chainLine(text: string): void {
    const { name, policy } = chainLineWords(text);
    const { chains } = this.staged;
    const chain = chains.get(name);
    // nft's restore is lenient: ":INPUT -" leaves a built-in chain alone, ":USERX ACCEPT" makes a user chain.
    if (chain?.hook && policy !== "-") {
      chain.policy = checkPolicy(policy);
      chain.countsPolicy = true;
      chain.created = true;
    } else if (!chain?.hook) {
      checkChainName(name);
      if (!chain) chains.set(name, userChain(name));
    }
  }

  ruleLine(text: string, line: number): boolean {
    const { args, rules } = parseRuleLine(text, line, this.options.counters, this.io.warn);
    this.line = line;
    runCommand(this.staged, args, rules, this.io, this.batch);
    return true;
  }

  /** The kernel checks the staged table; the refusal names the line that completed the problem. */
  commit(): void {
    if (this.jumpError) throw this.jumpError;
    const { staged, added, addedLines, addedVerbs } = this;
    if (tooManyRules(staged)) {
      // The playground's cap (limits.ts), blamed on the last rule added as a kernel out of memory would.
      const last = added.at(-1);
      const chain = [...staged.chains.values()].find((c) => last && c.rules.includes(last));
      throw commitFailure(
        addedLines.at(-1) ?? 0,
        addedVerbs.at(-1) ?? "RULE_APPEND",
        "Cannot allocate memory",
        chain?.name,
      );
    }
    const violation = checkTable(staged);
    if (violation) {
      const blamed = this.blame(violation.rules);
      // Without a rule to blame, the chain named is the first holding a rule from before this block.
      const fromBlock = blamed ? undefined : new Set(added);
      const chain = [...staged.chains.values()].find((c) =>
        c.rules.some((r) => (blamed ? r === blamed.rule : !fromBlock!.has(r))),
      )?.name;
      throw commitFailure(blamed?.line ?? 0, blamed?.verb ?? "RULE_APPEND", violation.refusal, chain);
    }
    if (this.options.test || (this.options.table !== undefined && this.options.table !== this.name)) return;
    this.ruleset[this.name] = { ...staged, created: true };
  }

  /** Of the rules a violation names, the one added last (the first of them on that line), if any. */
  private blame(rules: readonly Rule[]): { rule: Rule; line: number; verb: Verb } | undefined {
    let blamed: { rule: Rule; line: number; verb: Verb } | undefined;
    for (const rule of rules) {
      // A rule added twice comes from its last addition.
      const i = this.added.lastIndexOf(rule);
      if (i < 0) continue;
      const line = this.addedLines[i]!;
      if (!blamed || line > blamed.line) blamed = { rule, line, verb: this.addedVerbs[i]! };
    }
    return blamed;
  }
}
