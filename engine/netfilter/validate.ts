import type { Extension, Refusal } from "./extension";
import type { Hook } from "./hooks";
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

interface Reach {
  readonly hooks: Set<Hook>;
  /** The jump rules from a base chain down to this chain (one path). */
  readonly path: readonly Rule[];
}

/** For every chain reachable from a base chain: the hooks it can be entered from and one path to it. */
function reachability(table: Table): Map<string, Reach> {
  const reach = new Map<string, Reach>();
  for (const base of table.chains.values()) {
    if (!base.hook) continue;
    const stack: [string, readonly Rule[]][] = [[base.name, []]];
    while (stack.length > 0) {
      const [name, path] = stack.pop()!;
      let entry = reach.get(name);
      if (entry?.hooks.has(base.hook)) continue;
      if (!entry) reach.set(name, (entry = { hooks: new Set(), path }));
      entry.hooks.add(base.hook);
      for (const rule of table.chains.get(name)?.rules ?? []) {
        const next = chainOf(rule.target);
        if (next) stack.push([next, [...path, rule]]);
      }
    }
  }
  return reach;
}

/** A jump loop reachable from a base chain (nft refuses it with EMLINK): the jumps that form it. */
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
      if (!next) continue;
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

function allowedIn(ext: Ext, hooks: Set<Hook> | undefined): boolean {
  const allowed = ext.module.hooks?.(ext.data);
  return !allowed || !hooks || [...hooks].every((h) => allowed.includes(h));
}

const extensionsOf = (rule: Rule): Ext[] =>
  rule.target.kind === "extension" ? [...rule.matches, rule.target.target] : [...rule.matches];

/** The kernel's verdict on one rule in a chain entered from `hooks` (undefined: not reachable yet). */
function ruleRefusal(rule: Rule, table: Table, hooks: Set<Hook> | undefined): Refusal | undefined {
  for (const ext of extensionsOf(rule)) {
    const refusal = ext.module.refusal?.(ext.data);
    if (refusal) return refusal;
  }
  if (rule.target.kind === "extension") {
    const { module } = rule.target.target;
    if (module.table && module.table !== table.name) return "Invalid argument";
  }
  return extensionsOf(rule).every((ext) => allowedIn(ext, hooks)) ? undefined : "Invalid argument";
}

/**
 * What the kernel checks when a batch touching this table commits: every target in its table
 * (xt_target.table), every match and target only in hooks it supports, and no reachable loop.
 * Chains no base chain reaches are only checked for tables, as nft binds them lazily.
 */
export function checkTable(table: Table): Violation | undefined {
  const loop = reachableLoop(table);
  if (loop) return { refusal: "Too many links", rules: loop };
  const reach = reachability(table);
  for (const chain of table.chains.values()) {
    const entry = reach.get(chain.name);
    for (const rule of chain.rules) {
      const refusal = ruleRefusal(rule, table, entry?.hooks);
      if (refusal) return { refusal, rules: [...(entry?.path ?? []), rule] };
    }
  }
  return undefined;
}
