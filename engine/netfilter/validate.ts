import type { Extension, Refusal } from "./extension";
import { HOOKS, type Hook } from "./hooks";
import { chainOf, type Rule } from "./rule";
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
 * positions instead of looking chain names up for every rule they pass.
 */
class JumpGraph {
  readonly chains: readonly Chain[];
  /** The jumps of chain c are edges first[c] up to first[c + 1]: the rule and the chain it leads to. */
  readonly first: number[] = [];
  readonly edgeRule: Rule[] = [];
  readonly edgeTo: number[] = [];

  constructor(table: Table) {
    this.chains = [...table.chains.values()];
    const position = new Map<string, number>();
    this.chains.forEach((chain, c) => position.set(chain.name, c));
    for (const chain of this.chains) {
      this.first.push(this.edgeRule.length);
      for (const rule of chain.rules) {
        const name = chainOf(rule.target);
        const to = name === undefined ? undefined : position.get(name);
        if (to === undefined) continue;
        this.edgeRule.push(rule);
        this.edgeTo.push(to);
      }
    }
    this.first.push(this.edgeRule.length);
  }
}

/** For every chain by position: the hooks (as bits) it is entered from, 0 if none, and how it was first reached. */
interface Reach {
  readonly hooks: number[];
  /** The jump that first reached the chain, and the chain that jump sits in (none for a base chain). */
  readonly viaRule: (Rule | undefined)[];
  readonly viaFrom: number[];
}

function reachability(graph: JumpGraph): Reach {
  const count = graph.chains.length;
  const reach: Reach = {
    hooks: new Array<number>(count).fill(0),
    viaRule: new Array<Rule | undefined>(count).fill(undefined),
    viaFrom: new Array<number>(count).fill(-1),
  };
  const { hooks } = reach;
  graph.chains.forEach((base, b) => {
    if (!base.hook) return;
    const bit = hookBit(base.hook);
    hooks[b]! |= bit;
    const stack = [b];
    while (stack.length > 0) {
      const from = stack.pop()!;
      for (let e = graph.first[from]!; e < graph.first[from + 1]!; e++) {
        const to = graph.edgeTo[e]!;
        if (hooks[to] === 0) {
          reach.viaRule[to] = graph.edgeRule[e];
          reach.viaFrom[to] = from;
        }
        if (hooks[to]! & bit) continue;
        hooks[to]! |= bit;
        stack.push(to);
      }
    }
  });
  return reach;
}

/** The jumps from a base chain down to chain `c`, following the first path found. */
function pathTo(reach: Reach, c: number): Rule[] {
  const path: Rule[] = [];
  for (let at = c; reach.viaRule[at]; at = reach.viaFrom[at]!) path.unshift(reach.viaRule[at]!);
  return path;
}

const OPEN = 1;
const DONE = 2;

/** A jump loop reachable from a base chain (nft refuses it with EMLINK): the jumps down to and round it. */
function reachableLoop(graph: JumpGraph): Rule[] | undefined {
  const state = new Uint8Array(graph.chains.length);
  const path: Rule[] = [];
  const visit = (c: number): boolean => {
    if (state[c] === OPEN) return true;
    if (state[c] === DONE) return false;
    state[c] = OPEN;
    for (let e = graph.first[c]!; e < graph.first[c + 1]!; e++) {
      path.push(graph.edgeRule[e]!);
      if (visit(graph.edgeTo[e]!)) return true;
      path.pop();
    }
    state[c] = DONE;
    return false;
  };
  for (let c = 0; c < graph.chains.length; c++) if (graph.chains[c]!.hook && visit(c)) return path;
  return undefined;
}

type Ext = { readonly module: Extension<unknown>; readonly data: unknown };

function allowedIn(ext: Ext, hooks: number): boolean {
  // A chain no base chain reaches is bound to no hook yet.
  if (hooks === 0) return true;
  const allowed = ext.module.hooks?.(ext.data);
  if (!allowed) return true;
  let mask = 0;
  for (const hook of allowed) mask |= hookBit(hook);
  return (hooks & ~mask) === 0;
}

/** The kernel's verdict on one rule in a chain entered from `hooks` (0: not reachable yet). */
function ruleRefusal(rule: Rule, table: Table, hooks: number): Refusal | undefined {
  // "! -s 0.0.0.0/0" can match nothing; nft's kernel refuses the empty comparison it turns into.
  const { ip } = rule;
  if ((ip.invert.src && ip.src.mask === 0) || (ip.invert.dst && ip.dst.mask === 0)) return "Invalid argument";
  const target = rule.target.kind === "extension" ? rule.target.target : undefined;
  for (const ext of rule.matches) {
    const refusal = ext.module.refusal?.(ext.data);
    if (refusal) return refusal;
  }
  if (target) {
    const refusal = target.module.refusal?.(target.data);
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
    for (const rule of graph.chains[c]!.rules) {
      const refusal = ruleRefusal(rule, table, reach.hooks[c]!);
      if (refusal) return { refusal, rules: [...pathTo(reach, c), rule] };
    }
  }
  return undefined;
}
