import type { Extension, Refusal } from "./extension";
import { HOOKS, type Hook } from "./hooks";
import { chainOf, inverted, type Rule } from "./rule";
import type { Chain, Table } from "./ruleset";

/**
 * A refusal with its witnesses: the offending rule and the jumps that lead to it from a base chain.
 * The kernel refuses whichever of them completed the problem, so callers blame the last one added.
 */
export interface Violation {
  readonly refusal: Refusal;
  readonly rules: readonly Rule[];
}

const hookBit = (hook: Hook) => 1 << HOOKS.indexOf(hook);

/**
 * A table's jumps, resolved once: chains by their position in the table, each with its jumps to
 * chains of the table (a jump to no chain leads nowhere) in rule order. The checks then follow
 * positions instead of looking chain names up for every rule they pass. Numbers are kept in typed
 * arrays, which the garbage collector need not scan or move (a big ruleset has tens of thousands).
 */
class JumpGraph {
  readonly chains: readonly Chain[];
  /** The jumps of chain c are edges first[c] up to first[c + 1]. */
  readonly first: Int32Array;
  /** Each edge's chain, rule (by its index in that chain) and the chain it leads to. */
  readonly edgeFrom: Int32Array;
  readonly edgeRule: Int32Array;
  readonly edgeTo: Int32Array;

  constructor(table: Table) {
    const chains = [...table.chains.values()];
    const position = new Map<string, number>();
    let ruleCount = 0;
    for (let c = 0; c < chains.length; c++) {
      position.set(chains[c]!.name, c);
      ruleCount += chains[c]!.rules.length;
    }
    this.chains = chains;
    this.first = new Int32Array(chains.length + 1);
    // A rule jumps once at most.
    this.edgeFrom = new Int32Array(ruleCount);
    this.edgeRule = new Int32Array(ruleCount);
    this.edgeTo = new Int32Array(ruleCount);
    let edges = 0;
    for (let c = 0; c < chains.length; c++) {
      this.first[c] = edges;
      const { rules } = chains[c]!;
      for (let r = 0; r < rules.length; r++) {
        const name = chainOf(rules[r]!.target);
        const to = name === undefined ? undefined : position.get(name);
        if (to === undefined) continue;
        this.edgeFrom[edges] = c;
        this.edgeRule[edges] = r;
        this.edgeTo[edges] = to;
        edges++;
      }
    }
    this.first[chains.length] = edges;
  }

  /** The rule that makes edge `e`. */
  rule(e: number): Rule {
    return this.chains[this.edgeFrom[e]!]!.rules[this.edgeRule[e]!]!;
  }
}

/** For every chain by position: the hooks (as bits) it is entered from, 0 if none, and how it was first reached. */
interface Reach {
  readonly hooks: Uint8Array;
  /** The edge that first reached the chain: -1 for none (a base chain, or not reached). */
  readonly via: Int32Array;
}

function reachability(graph: JumpGraph): Reach {
  const count = graph.chains.length;
  const reach: Reach = { hooks: new Uint8Array(count), via: new Int32Array(count).fill(-1) };
  const { hooks, via } = reach;
  const stack: number[] = [];
  for (let b = 0; b < count; b++) {
    const { hook } = graph.chains[b]!;
    if (!hook) continue;
    const bit = hookBit(hook);
    hooks[b]! |= bit;
    stack.push(b);
    while (stack.length > 0) {
      const from = stack.pop()!;
      for (let e = graph.first[from]!; e < graph.first[from + 1]!; e++) {
        const to = graph.edgeTo[e]!;
        if (hooks[to] === 0) via[to] = e;
        if (hooks[to]! & bit) continue;
        hooks[to]! |= bit;
        stack.push(to);
      }
    }
  }
  return reach;
}

/** The jumps from a base chain down to chain `c`, following the first path found. */
function pathTo(graph: JumpGraph, reach: Reach, c: number): Rule[] {
  const path: Rule[] = [];
  for (let e = reach.via[c]!; e >= 0; e = reach.via[graph.edgeFrom[e]!]!) path.unshift(graph.rule(e));
  return path;
}

const OPEN = 1;
const DONE = 2;

/** A jump loop reachable from a base chain (nft refuses it with EMLINK): the jumps down to and round it. */
function reachableLoop(graph: JumpGraph): Rule[] | undefined {
  const state = new Uint8Array(graph.chains.length);
  const path: number[] = [];
  const visit = (c: number): boolean => {
    if (state[c] === OPEN) return true;
    if (state[c] === DONE) return false;
    state[c] = OPEN;
    for (let e = graph.first[c]!; e < graph.first[c + 1]!; e++) {
      path.push(e);
      if (visit(graph.edgeTo[e]!)) return true;
      path.pop();
    }
    state[c] = DONE;
    return false;
  };
  for (let c = 0; c < graph.chains.length; c++)
    if (graph.chains[c]!.hook && visit(c)) return path.map((e) => graph.rule(e));
  return undefined;
}

type Ext = { readonly module: Extension<unknown> };

/** Hook lists as bits; modules hand out the same few lists over and over. */
const hookMasks = new WeakMap<readonly Hook[], number>();

function hookMask(hooks: readonly Hook[]): number {
  let mask = hookMasks.get(hooks);
  if (mask === undefined) {
    mask = 0;
    for (const hook of hooks) mask |= hookBit(hook);
    hookMasks.set(hooks, mask);
  }
  return mask;
}

function allowedIn(ext: Ext, hooks: number): boolean {
  // A chain no base chain reaches is bound to no hook yet.
  if (hooks === 0) return true;
  const allowed = ext.module.hooks?.(ext);
  return !allowed || (hooks & ~hookMask(allowed)) === 0;
}

/** The kernel's verdict on one rule in a chain entered from `hooks` (0: not reachable yet). */
function ruleRefusal(rule: Rule, table: Table, hooks: number): Refusal | undefined {
  // "! -s 0.0.0.0/0" can match nothing; nft's kernel refuses the empty comparison it turns into.
  if ((inverted(rule, "src") && rule.src.mask === 0) || (inverted(rule, "dst") && rule.dst.mask === 0))
    return "Invalid argument";
  for (const ext of rule.matches) {
    const refusal = ext.module.refusal?.(ext);
    if (refusal) return refusal;
  }
  const target = rule.target.kind === "extension" ? rule.target.target : undefined;
  if (target) {
    const refusal = target.module.refusal?.(target);
    if (refusal) return refusal;
    if (target.module.table && target.module.table !== table.name) return "Invalid argument";
    if (!allowedIn(target, hooks)) return "Invalid argument";
  }
  for (const ext of rule.matches) if (!allowedIn(ext, hooks)) return "Invalid argument";
  return undefined;
}

/**
 * What the kernel checks when a batch touching this table commits: every rule's own options (its
 * checkentry), every target in its table (xt_target.table), matches and targets only in hooks they
 * support, and no reachable loop. Chains no base chain reaches are not bound to a hook yet on nft,
 * so for them the hook checks wait until a jump makes them reachable.
 */
export function checkTable(table: Table): Violation | undefined {
  const graph = new JumpGraph(table);
  const loop = reachableLoop(graph);
  if (loop) return { refusal: "Too many links", rules: loop };
  const reach = reachability(graph);
  for (let c = 0; c < graph.chains.length; c++) {
    const { rules } = graph.chains[c]!;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const refusal = ruleRefusal(rule, table, reach.hooks[c]!);
      if (refusal) return { refusal, rules: [...pathTo(graph, reach, c), rule] };
    }
  }
  return undefined;
}
