import { MAX_RULES_PER_TABLE } from "../limits";
import { chainOf } from "../netfilter/rule";
import type { Table } from "../netfilter/ruleset";
import { TableFacts } from "../netfilter/table-facts";
import type { TableName } from "../netfilter/tables";
import { checkFacts } from "../netfilter/validate";
import { noSuchChain, type XtablesError } from "./errors";
import { checkChainName } from "./names";
import { chainLineWords, checkPolicy, type RestoreBlock, type RestoreOptions } from "./restore-block";
import { commitFailure } from "./restore-failure";
import { parseRuleLine } from "./restore-line";
import { noJumpChain } from "./rule-ops";

/**
 * A block whose table nothing is applied to (`--test`, or another table than -T's): every line is
 * parsed and checked as a StagedBlock does it, but a rule leaves behind only its TableFacts and its
 * line, all that COMMIT's check and its refusal need. A 50,000-rule ruleset then keeps some 14 bytes
 * a rule instead of some 500. It carries out appends only, all an iptables-save file holds; a block
 * with any other command is read again as a StagedBlock.
 */
export class CompactBlock implements RestoreBlock {
  readonly name: TableName;
  private readonly facts: TableFacts;
  /** By rule position: the line that added it; 0 for a rule the table had before the block (--noflush). */
  private lines: Int32Array;
  /** The first jump to an unknown chain: nft reports it at COMMIT. */
  private jumpError?: XtablesError;

  constructor(
    live: Table,
    private readonly options: RestoreOptions,
    private readonly warn: (text: string) => void,
  ) {
    this.name = live.name;
    const facts = (this.facts = new TableFacts(live.name));
    const kept = [...live.chains.values()].filter((chain) => options.noflush || chain.hook);
    for (const chain of kept) facts.addChain(chain.name, chain.hook);
    if (options.noflush) kept.forEach((chain, c) => chain.rules.forEach((rule) => facts.addRule(c, rule)));
    this.lines = new Int32Array(facts.ruleChain.length);
  }

  chainLine(text: string): void {
    const { name, policy } = chainLineWords(text);
    const { facts } = this;
    const position = facts.chainAt(name);
    const hook = position === undefined ? undefined : facts.hooks[position];
    // As StagedBlock: a policy only for a built-in chain ("-" leaves it alone), any other name a user chain.
    if (hook && policy !== "-") checkPolicy(policy);
    else if (!hook) {
      checkChainName(name);
      if (position === undefined) facts.addChain(name, undefined);
    }
  }

  ruleLine(text: string, line: number): boolean {
    const { args, rules } = parseRuleLine(text, line, this.options.counters, this.warn);
    if (args.commands.length !== 1 || args.commands[0] !== "A") return false;
    const { facts } = this;
    // As appendRules: an unknown chain is refused at once, a jump to an unknown chain at COMMIT.
    const chain = facts.chainAt(args.chain!);
    if (chain === undefined) throw noSuchChain();
    for (const rule of rules) {
      const position = facts.addRule(chain, rule);
      this.addedOn(position, line);
      const to = chainOf(rule.target);
      if (to !== undefined && facts.ruleJump[position]! < 0) this.jumpError ??= noJumpChain(to);
    }
    return true;
  }

  /** As StagedBlock's COMMIT, with the rules named by their positions. */
  commit(): void {
    if (this.jumpError) throw this.jumpError;
    const { facts, lines } = this;
    const chainOfRule = (r: number) => (r < 0 ? undefined : facts.chains[facts.ruleChain[r]!]);
    if (facts.ruleCount > MAX_RULES_PER_TABLE) {
      const last = lines[facts.ruleCount - 1] ? facts.ruleCount - 1 : -1;
      throw commitFailure(
        last < 0 ? 0 : lines[last]!,
        "RULE_APPEND",
        "Cannot allocate memory",
        chainOfRule(last),
      );
    }
    const violation = checkFacts(facts);
    if (!violation) return;
    const blamed = this.blame(violation.rules);
    if (blamed >= 0)
      throw commitFailure(lines[blamed]!, "RULE_APPEND", violation.refusal, chainOfRule(blamed));
    // No rule of this block to blame, so all are from before it: the chain named is the first holding
    // one, the chain of the first rule (they were added first, chain by chain).
    throw commitFailure(0, "RULE_APPEND", violation.refusal, chainOfRule(0));
  }

  private addedOn(position: number, line: number): void {
    if (position >= this.lines.length) {
      const grown = new Int32Array(this.facts.ruleChain.length);
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[position] = line;
  }

  /** Of the rules a violation names, the one added last (the first of them on that line); -1: none. */
  private blame(rules: readonly number[]): number {
    let blamed = -1;
    for (const r of rules)
      if (this.lines[r]! > 0 && (blamed < 0 || this.lines[r]! > this.lines[blamed]!)) blamed = r;
    return blamed;
  }
}
