import type { Extension, Refusal } from "./extension";
import { HOOKS, type Hook } from "./hooks";
import { chainOf, inverted, type Rule } from "./rule";
import type { Table } from "./ruleset";
import type { TableName } from "./tables";

export const hookBit = (hook: Hook) => 1 << HOOKS.indexOf(hook);
const ANY_HOOK = (1 << HOOKS.length) - 1;

/** Refusals as typed-array codes; 0 is none. */
const REFUSALS: readonly Refusal[] = ["Invalid argument", "Too many links", "No such file or directory"];

// Code 0 must not index REFUSALS[-1]: a negative index is a property lookup by name, on every rule.
export const refusalOf = (code: number): Refusal | undefined => (code === 0 ? undefined : REFUSALS[code - 1]);
const codeOf = (refusal: Refusal | undefined) => (refusal ? REFUSALS.indexOf(refusal) + 1 : 0);

type Ext = { readonly module: Extension<unknown> };

/** Hook lists as bits; modules hand out the same few lists over and over. */
const hookMasks = new WeakMap<readonly Hook[], number>();

function allowedHooks(ext: Ext): number {
  const hooks = ext.module.hooks?.(ext);
  if (!hooks) return ANY_HOOK;
  let mask = hookMasks.get(hooks);
  if (mask === undefined) {
    mask = 0;
    for (const hook of hooks) mask |= hookBit(hook);
    hookMasks.set(hooks, mask);
  }
  return mask;
}

/** What the kernel's checkentry refuses in a rule wherever it sits, before any hook is known. */
function ownRefusal(rule: Rule, table: TableName): Refusal | undefined {
  // "! -s 0.0.0.0/0" can match nothing; nft's kernel refuses the empty comparison it turns into.
  if ((inverted(rule, "src") && rule.src.mask === 0) || (inverted(rule, "dst") && rule.dst.mask === 0))
    return "Invalid argument";
  for (const ext of rule.matches) {
    const refusal = ext.module.refusal?.(ext);
    if (refusal) return refusal;
  }
  if (rule.target.kind !== "extension") return undefined;
  const { target } = rule.target;
  const refusal = target.module.refusal?.(target);
  if (refusal) return refusal;
  if (target.module.table && target.module.table !== table) return "Invalid argument";
  return undefined;
}

/** The hooks (as bits) the rule's target and all its matches allow. */
function allowedHooksOf(rule: Rule): number {
  let mask = rule.target.kind === "extension" ? allowedHooks(rule.target.target) : ANY_HOOK;
  for (const ext of rule.matches) mask &= allowedHooks(ext);
  return mask;
}

/**
 * A table as the commit-time check (validate.ts) sees it: its chains in order and, per rule, only what
 * the kernel checks when a batch commits: the rule's chain, the chain it jumps or goes to, what its
 * checkentry refuses wherever it sits, and the hooks its target and matches allow (a hook refusal is
 * always EINVAL, so one mask says it). Rules may come in any order of chains (a restore adds them as
 * its lines come); within a chain, in rule order. Numbers sit in typed arrays, which the garbage
 * collector neither scans nor moves: an `iptables-restore --test` keeps these 10 bytes a rule instead
 * of the rule.
 */
export class TableFacts {
  /** Chain names by position. */
  readonly chains: string[] = [];
  /** The hook of each built-in chain, by position; undefined for user chains. */
  readonly hooks: (Hook | undefined)[] = [];
  private readonly positions = new Map<string, number>();
  ruleCount = 0;
  /** By rule position: its chain's position. */
  ruleChain: Int32Array;
  /** By rule position: the position of the chain it jumps or goes to; -1 for none (or no such chain). */
  ruleJump: Int32Array;
  /** By rule position: its refusal wherever it sits, as a code for refusalOf; 0 for none. */
  ruleRefusal: Uint8Array;
  /** By rule position: the hooks (bits) its target and matches allow. */
  ruleHooks: Uint8Array;

  constructor(
    readonly name: TableName,
    capacity = 64,
  ) {
    this.ruleChain = new Int32Array(capacity);
    this.ruleJump = new Int32Array(capacity);
    this.ruleRefusal = new Uint8Array(capacity);
    this.ruleHooks = new Uint8Array(capacity);
  }

  chainAt(name: string): number | undefined {
    return this.positions.get(name);
  }

  addChain(name: string, hook: Hook | undefined): number {
    const position = this.chains.length;
    this.chains.push(name);
    this.hooks.push(hook);
    this.positions.set(name, position);
    return position;
  }

  /** Adds a rule at the end of chain `chain`; its jump resolves against the chains added so far. */
  addRule(chain: number, rule: Rule): number {
    const position = this.ruleCount++;
    if (position === this.ruleChain.length) this.grow();
    const to = chainOf(rule.target);
    this.ruleChain[position] = chain;
    this.ruleJump[position] = to === undefined ? -1 : (this.positions.get(to) ?? -1);
    this.ruleRefusal[position] = codeOf(ownRefusal(rule, this.name));
    this.ruleHooks[position] = allowedHooksOf(rule);
    return position;
  }

  private grow(): void {
    const size = this.ruleChain.length * 2;
    const grown = <A extends Int32Array | Uint8Array>(from: A, to: A): A => (to.set(from), to);
    this.ruleChain = grown(this.ruleChain, new Int32Array(size));
    this.ruleJump = grown(this.ruleJump, new Int32Array(size));
    this.ruleRefusal = grown(this.ruleRefusal, new Uint8Array(size));
    this.ruleHooks = grown(this.ruleHooks, new Uint8Array(size));
  }
}

/** The facts of a table's rules, with the rules themselves by position. */
export function tableFacts(table: Table): { facts: TableFacts; rules: Rule[] } {
  const rules: Rule[] = [];
  for (const chain of table.chains.values()) for (const rule of chain.rules) rules.push(rule);
  const facts = new TableFacts(table.name, Math.max(rules.length, 1));
  for (const chain of table.chains.values()) facts.addChain(chain.name, chain.hook);
  let c = 0;
  for (const chain of table.chains.values()) {
    for (const rule of chain.rules) facts.addRule(c, rule);
    c++;
  }
  return { facts, rules };
}
