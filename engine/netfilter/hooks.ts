/**
 * The five netfilter hooks of IPv4, in the order a forwarded or local packet can meet them:
 *
 *   wire → PREROUTING → routing ─┬─→ INPUT → local process → OUTPUT → routing ─┐
 *                                └─→ FORWARD ──────────────────────────────────┴→ POSTROUTING → wire
 */
export const HOOKS = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"] as const;
export type Hook = (typeof HOOKS)[number];

export function isHook(name: string): name is Hook {
  return (HOOKS as readonly string[]).includes(name);
}
