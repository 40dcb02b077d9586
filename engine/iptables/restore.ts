import type { Rule } from "../netfilter/rule";
import { userChain, type Chain, type Ruleset, type Table } from "../netfilter/ruleset";
import { isTableName, type TableName } from "../netfilter/tables";
import { checkTable } from "../netfilter/validate";
import { buildRules } from "./build-rule";
import { BACKEND, otherProblem, parameterProblem, VERSION, XtablesError } from "./errors";
import { runCommand, type Output } from "./iptables";
import { checkChainName } from "./names";
import { parseArgs } from "./parse-args";
import { tooManyRules, type Batch, type Verb } from "./rule-ops";
import { splitRestoreLine } from "./restore-line";

export interface RestoreOptions {
  /** --test: parse and check everything, change nothing. */
  readonly test: boolean;
  /** --noflush: add to the tables instead of replacing them. */
  readonly noflush: boolean;
  /** -c: rule lines' "[packets:bytes]" set the counters. */
  readonly counters: boolean;
  /** -T: only this table's blocks are applied. */
  readonly table?: string;
}

/** A failed restore, already worded as iptables-restore prints it. */
export class RestoreFailure {
  constructor(
    readonly status: number,
    readonly text: string,
  ) {}
}

const PROG = "iptables-restore";
const TAG = `${PROG} ${VERSION} (${BACKEND}):`;
const TRY = `Try \`${PROG} -h' or '${PROG} --help' for more information.\n`;

/** An error from a line, in iptables-restore's words for its kind. */
function lineFailure(err: XtablesError, line: number): RestoreFailure {
  switch (err.kind) {
    case "parameter":
      return new RestoreFailure(2, `${TAG} ${err.message}\nError occurred at line: ${line}\n${TRY}`);
    case "bare-parameter":
      return new RestoreFailure(2, `${err.message}\nError occurred at line: ${line}\n${TRY}`);
    case "resource":
      return new RestoreFailure(4, `${TAG} \nline ${line}:${err.message}\n`);
    default:
      return new RestoreFailure(1, `${PROG}: line ${line} failed: ${err.message}.\n`);
  }
}

/** The table as it will be after this block: a copy, emptied unless --noflush. */
function stage(live: Table, noflush: boolean): Table {
  const chains = new Map<string, Chain>();
  for (const [name, chain] of live.chains) {
    if (!noflush && !chain.hook) continue;
    chains.set(name, { ...chain, rules: noflush ? chain.rules.slice() : [] });
  }
  return { name: live.name, chains, created: live.created };
}

interface Block {
  readonly name: TableName;
  readonly staged: Table;
  /**
   * The rules added, each with its line and nft operation at the same index, to name the line the
   * kernel refuses (parallel arrays: no record per rule).
   */
  readonly added: Rule[];
  readonly addedLines: number[];
  readonly addedVerbs: Verb[];
  readonly skip: boolean;
  /** The line being applied, which `batch` records for each rule it adds. */
  line: number;
  /** The first jump to an unknown chain: nft reports it at COMMIT. */
  jumpError?: XtablesError;
  readonly batch: Batch;
}

function openBlock(ruleset: Ruleset, name: TableName, options: RestoreOptions): Block {
  const block: Block = {
    name,
    staged: stage(ruleset[name], options.noflush),
    added: [],
    addedLines: [],
    addedVerbs: [],
    skip: options.table !== undefined && options.table !== name,
    line: 0,
    batch: {
      deferred: true,
      added(rule, verb) {
        block.added.push(rule);
        block.addedLines.push(block.line);
        block.addedVerbs.push(verb);
      },
      refuseAtCommit(error) {
        block.jumpError ??= error;
      },
    },
  };
  return block;
}

/** Of the rules a violation names, the one added last (the first of them on that line), if any. */
function blame(block: Block, rules: readonly Rule[]): { rule: Rule; line: number; verb: Verb } | undefined {
  let blamed: { rule: Rule; line: number; verb: Verb } | undefined;
  for (const rule of rules) {
    // A rule added twice comes from its last addition.
    const i = block.added.lastIndexOf(rule);
    if (i < 0) continue;
    const line = block.addedLines[i]!;
    if (!blamed || line > blamed.line) blamed = { rule, line, verb: block.addedVerbs[i]! };
  }
  return blamed;
}

function chainLine(block: Block, text: string): void {
  const [name = "", policy = ""] = text.slice(1).split(/\s+/);
  const { chains } = block.staged;
  const chain = chains.get(name);
  // nft's restore is lenient: ":INPUT -" leaves a built-in chain alone, ":USERX ACCEPT" makes a user chain.
  if (chain?.hook && policy !== "-") {
    if (policy !== "ACCEPT" && policy !== "DROP") throw otherProblem("Bad policy name");
    chain.policy = policy;
    chain.countsPolicy = true;
    chain.created = true;
  } else if (!chain?.hook) {
    checkChainName(name);
    if (!chain) chains.set(name, userChain(name));
  }
}

function ruleLine(block: Block, text: string, line: number, options: RestoreOptions, io: Output): void {
  const { counters, rest } = splitRestoreLine(text, line);
  const argv = options.counters && counters ? ["-c", counters[0], counters[1], ...rest] : rest;
  const args = parseArgs(argv, io.warn);
  const rules = buildRules(args);
  block.line = line;
  runCommand(block.staged, args, rules, io, block.batch);
}

/** COMMIT: the kernel checks the staged table; the refusal names the line that completed the problem. */
function commitBlock(ruleset: Ruleset, block: Block, options: RestoreOptions): void {
  if (block.jumpError) throw block.jumpError;
  if (tooManyRules(block.staged)) {
    // The playground's cap (limits.ts), blamed on the last rule added as a kernel out of memory would.
    const last = block.added.at(-1);
    const chain = [...block.staged.chains.values()].find((c) => last && c.rules.includes(last));
    throw new RestoreFailure(
      4,
      `${TAG} \nline ${block.addedLines.at(-1) ?? 0}: ${block.addedVerbs.at(-1) ?? "RULE_APPEND"} failed (Cannot allocate memory): rule in chain ${chain?.name}\n`,
    );
  }
  const violation = checkTable(block.staged);
  if (violation) {
    const blamed = blame(block, violation.rules);
    // Without a rule to blame, the chain named is the first holding a rule from before this block.
    const fromBlock = blamed ? undefined : new Set(block.added);
    const chain = [...block.staged.chains.values()].find((c) =>
      c.rules.some((r) => (blamed ? r === blamed.rule : !fromBlock!.has(r))),
    )?.name;
    throw new RestoreFailure(
      4,
      `${TAG} \nline ${blamed?.line ?? 0}: ${blamed?.verb ?? "RULE_APPEND"} failed (${violation.refusal}): rule in chain ${chain}\n`,
    );
  }
  if (options.test || block.skip) return;
  ruleset[block.name] = { ...block.staged, created: true };
}

/**
 * iptables-restore (nft): each `*table … COMMIT` block is staged and committed on its own, so a
 * failure leaves the blocks already committed in place and the failing block unapplied.
 */
export function restoreRuleset(ruleset: Ruleset, input: string, options: RestoreOptions, io: Output): void {
  let block: Block | undefined;
  let line = 0;
  // Line by line, without splitting the whole input up front (it may be a 50,000-rule file).
  for (let at = 0; at < input.length;) {
    const newline = input.indexOf("\n", at);
    const end = newline < 0 ? input.length : newline;
    const text = input.slice(at, end);
    at = end + 1;
    line++;
    if (text.trim() === "" || text.startsWith("#")) continue;
    try {
      if (!block) {
        if (!text.startsWith("*")) throw new RestoreFailure(1, `${PROG}: line ${line} failed\n`);
        const name = text.slice(1).trim();
        if (!isTableName(name)) throw parameterProblem(`${PROG}: line ${line} table name '${name}' invalid`);
        block = openBlock(ruleset, name, options);
      } else if (text.trim() === "COMMIT") {
        commitBlock(ruleset, block, options);
        block = undefined;
      } else if (text.startsWith(":")) chainLine(block, text);
      else ruleLine(block, text, line, options, io);
    } catch (err) {
      if (err instanceof XtablesError) throw lineFailure(err, line);
      throw err;
    }
  }
  if (block) throw new RestoreFailure(1, `${PROG}: COMMIT expected at line ${line + 1}\n`);
}
