import type { Extension, Refusal } from "./extension";
import { HOOKS, type Hook } from "./hooks";
import { chainOf, type Rule } from "./rule";
import type { Table } from "./ruleset";

/**
 * A refusal with its witnesses: the offending rule and the jumps that lead to it from a base chain.
 * The kernel refuses whichever of them completed the problem, so callers blame the last one added.
 */
export interface Violation {
  readonly refusal: Refusal;
  readonly rules: readonly Rule[];
}

const hookBit = (hook: Hook) => 1 << HOOKS.indexOf(hook);

interface Reach {
  /** The hooks (as bits) the chain can be entered from. */
  hooks: number;
  /** The jump that first reached it, and the chain that jump sits in (none for a base chain). */
  readonly via?: { readonly rule: Rule; readonly from: string };
}

/** For every chain reachable from a base chain: the hooks it is entered from and how it was reached. */
function reachability(table: Table): Map<string, Reach> {
  const reach = new Map<string, Reach>();
  for (const base of table.chains.values()) {
    if (!base.hook) continue;
    const bit = hookBit(base.hook);
    if (!reach.has(base.name)) reach.set(base.name, { hooks: 0 });
    const stack = [base.name];
    reach.get(base.name)!.hooks |= bit;
    while (stack.length > 0) {
      const name = stack.pop()!;
      for (const rule of table.chains.get(name)?.rules ?? []) {
        const next = chainOf(rule.target);
        if (next === undefined) continue;
        let entry = reach.get(next);
        if (!entry) reach.set(next, (entry = { hooks: 0, via: { rule, from: name } }));
        if (entry.hooks & bit) continue;
        entry.hooks |= bit;
        stack.push(next);
      }
    }
  }
  return reach;
}

/** The jumps from a base chain down to `name`, following the first path found. */
function pathTo(reach: Map<string, Reach>, name: string): Rule[] {
  const path: Rule[] = [];
  for (let via = reach.get(name)?.via; via; via = reach.get(via.from)?.via) path.unshift(via.rule);
  return path;
}

/** A jump loop reachable from a base chain (nft refuses it with EMLINK): the jumps down to and round it. */
function reachableLoop(table: Table): Rule[] | undefined {
  const state = new Map<string, "open" | "done">();
  const path: Rule[] = [];
  const visit = (name: string): boolean => {
    const s = state.get(name);
    if (s === "open") return true;
    if (s === "done") return false;
    state.set(name, "open");
    for (const rule of table.chains.get(name)?.rules ?? []) {
      const next = chainOf(rule.target);
      if (next === undefined) continue;
      path.push(rule);
      if (visit(next)) return true;
      path.pop();
    }
    state.set(name, "done");
    return false;
  };
  for (const chain of table.chains.values()) if (chain.hook && visit(chain.name)) return path;
  return undefined;
}

type Ext = { readonly module: Extension<unknown>; readonly data: unknown };

function allowedIn(ext: Ext, hooks: number): boolean {
  const allowed = ext.module.hooks?.(ext.data);
  if (!allowed) return true;
  let mask = 0;
  for (const hook of allowed) mask |= hookBit(hook);
  return (hooks & ~mask) === 0;
}

/** The kernel's verdict on one rule in a chain entered from `hooks` (0: not reachable yet). */
function ruleRefusal(rule: Rule, table: Table, hooks: number): Refusal | undefined {
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
  return rule.matches.every((m) => allowedIn(m, hooks)) ? undefined : "Invalid argument";
}

/**
 * What the kernel checks when a batch touching this table commits: every rule's own options (its
 * checkentry), every target in its table (xt_target.table), matches and targets only in hooks they
 * support, and no reachable loop. Chains no base chain reaches are not bound to a hook yet on nft,
 * so for them the hook checks wait until a jump makes them reachable.
 */
export function checkTable(table: Table): Violation | undefined {
  const loop = reachableLoop(table);
  if (loop) return { refusal: "Too many links", rules: loop };
  const reach = reachability(table);
  for (const chain of table.chains.values()) {
    const hooks = reach.get(chain.name)?.hooks ?? 0;
    for (const rule of chain.rules) {
      const refusal = ruleRefusal(rule, table, hooks);
      if (refusal) return { refusal, rules: [...pathTo(reach, chain.name), rule] };
    }
  }
  return undefined;
}
