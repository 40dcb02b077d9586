import type { Refusal } from "./extension";
import type { Rule } from "./rule";
import type { Table } from "./ruleset";
import { hookBit, refusalOf, tableFacts, type TableFacts } from "./table-facts";

/**
 * A refusal with its witnesses: the offending rule and the jumps that lead to it from a base chain,
 * as rule positions in the TableFacts. The kernel refuses whichever of them completed the problem,
 * so callers blame the last one added.
 */
export interface Violation {
  readonly refusal: Refusal;
  readonly rules: readonly number[];
}

/**
 * A table's jumps, resolved once: each chain with its jumps to chains of the table, in rule order.
 * The checks then follow positions instead of looking chain names up for every rule they pass.
 */
class JumpGraph {
  readonly chainCount: number;
  /** The rules of chain c, in order, are order[ruleStart[c]] up to order[ruleStart[c + 1]]. */
  readonly ruleStart: Int32Array;
  readonly order: Int32Array;
  /** The jumps of chain c are edges first[c] up to first[c + 1]. */
  readonly first: Int32Array;
  /** Each edge's chain, rule (by position) and the chain it leads to. */
  readonly edgeFrom: Int32Array;
  readonly edgeRule: Int32Array;
  readonly edgeTo: Int32Array;

  constructor(facts: TableFacts) {
    const chains = (this.chainCount = facts.chains.length);
    const { ruleCount, ruleChain, ruleJump } = facts;
    // Rules grouped by chain, each chain's in the order they were added (a counting sort).
    const ruleStart = (this.ruleStart = new Int32Array(chains + 1));
    for (let r = 0; r < ruleCount; r++) ruleStart[ruleChain[r]! + 1]!++;
    for (let c = 0; c < chains; c++) ruleStart[c + 1]! += ruleStart[c]!;
    const order = (this.order = new Int32Array(ruleCount));
    const next = ruleStart.slice(0, chains);
    for (let r = 0; r < ruleCount; r++) order[next[ruleChain[r]!]!++] = r;
    this.first = new Int32Array(chains + 1);
    // A rule jumps once at most.
    this.edgeFrom = new Int32Array(ruleCount);
    this.edgeRule = new Int32Array(ruleCount);
    this.edgeTo = new Int32Array(ruleCount);
    let edges = 0;
    for (let c = 0; c < chains; c++) {
      this.first[c] = edges;
      for (let i = ruleStart[c]!; i < ruleStart[c + 1]!; i++) {
        const r = order[i]!;
        if (ruleJump[r]! < 0) continue;
        this.edgeFrom[edges] = c;
        this.edgeRule[edges] = r;
        this.edgeTo[edges] = ruleJump[r]!;
        edges++;
      }
    }
    this.first[chains] = edges;
  }
}

/** For every chain by position: the hooks (as bits) it is entered from, 0 if none, and how it was first reached. */
interface Reach {
  readonly hooks: Uint8Array;
  /** The edge that first reached the chain: -1 for none (a base chain, or not reached). */
  readonly via: Int32Array;
}

function reachability(facts: TableFacts, graph: JumpGraph): Reach {
  const count = graph.chainCount;
  const reach: Reach = { hooks: new Uint8Array(count), via: new Int32Array(count).fill(-1) };
  const { hooks, via } = reach;
  const stack: number[] = [];
  for (let b = 0; b < count; b++) {
    const hook = facts.hooks[b];
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
function pathTo(graph: JumpGraph, reach: Reach, c: number): number[] {
  const path: number[] = [];
  for (let e = reach.via[c]!; e >= 0; e = reach.via[graph.edgeFrom[e]!]!) path.unshift(graph.edgeRule[e]!);
  return path;
}

const OPEN = 1;
const DONE = 2;

/** A jump loop reachable from a base chain (nft refuses it with EMLINK): the jumps down to and round it. */
function reachableLoop(facts: TableFacts, graph: JumpGraph): number[] | undefined {
  const state = new Uint8Array(graph.chainCount);
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
  for (let c = 0; c < graph.chainCount; c++)
    if (facts.hooks[c] && visit(c)) return path.map((e) => graph.edgeRule[e]!);
  return undefined;
}

/** The kernel's verdict on the rule at position `r` in a chain entered from `hooks` (0: not reachable yet). */
function ruleRefusal(facts: TableFacts, r: number, hooks: number): Refusal | undefined {
  const own = refusalOf(facts.ruleRefusal[r]!);
  if (own) return own;
  // A chain no base chain reaches is bound to no hook yet.
  return hooks & ~facts.ruleHooks[r]! ? "Invalid argument" : undefined;
}

/**
 * What the kernel checks when a batch touching this table commits: every rule's own options (its
 * checkentry), every target in its table (xt_target.table), matches and targets only in hooks they
 * support, and no reachable loop. Chains no base chain reaches are not bound to a hook yet on nft,
 * so for them the hook checks wait until a jump makes them reachable.
 */
export function checkFacts(facts: TableFacts): Violation | undefined {
  const graph = new JumpGraph(facts);
  const loop = reachableLoop(facts, graph);
  if (loop) return { refusal: "Too many links", rules: loop };
  const reach = reachability(facts, graph);
  for (let c = 0; c < graph.chainCount; c++) {
    for (let i = graph.ruleStart[c]!; i < graph.ruleStart[c + 1]!; i++) {
      const r = graph.order[i]!;
      const refusal = ruleRefusal(facts, r, reach.hooks[c]!);
      if (refusal) return { refusal, rules: [...pathTo(graph, reach, c), r] };
    }
  }
  return undefined;
}

/** checkFacts on a table of full rules: the refusal, and its witnesses as the rules themselves. */
export function checkTable(table: Table): { refusal: Refusal; rules: Rule[] } | undefined {
  const { facts, rules } = tableFacts(table);
  const violation = checkFacts(facts);
  return violation && { refusal: violation.refusal, rules: violation.rules.map((r) => rules[r]!) };
}
