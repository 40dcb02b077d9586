import type { Hook } from "../netfilter/hooks";
import type { TableName } from "../netfilter/tables";

/**
 * What runs on each IPv4 hook, in priority order (include/uapi/linux/netfilter_ipv4.h): the tables,
 * conntrack's lookup (-200) and confirmation (INT_MAX), and NAT (the nat table runs inside it,
 * -100 for DNAT and 100 for SNAT).
 */
export type HookStep =
  | { readonly kind: "table"; readonly table: Exclude<TableName, "nat"> }
  | { readonly kind: "conntrack" }
  | { readonly kind: "nat" }
  | { readonly kind: "confirm" };

const table = (name: Exclude<TableName, "nat">): HookStep => ({ kind: "table", table: name });
const CONNTRACK: HookStep = { kind: "conntrack" };
const NAT: HookStep = { kind: "nat" };
const CONFIRM: HookStep = { kind: "confirm" };

export const HOOK_STEPS: Readonly<Record<Hook, readonly HookStep[]>> = {
  PREROUTING: [table("raw"), CONNTRACK, table("mangle"), NAT],
  INPUT: [table("mangle"), table("filter"), table("security"), NAT, CONFIRM],
  FORWARD: [table("mangle"), table("filter"), table("security")],
  OUTPUT: [table("raw"), CONNTRACK, table("mangle"), NAT, table("filter"), table("security")],
  POSTROUTING: [table("mangle"), NAT, CONFIRM],
};
