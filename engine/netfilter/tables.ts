import type { Hook } from "./hooks";

export const TABLE_NAMES = ["raw", "mangle", "nat", "filter", "security"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** The built-in chains each table registers, in hook order (the order -S, -L and save print them). */
export const BUILTIN_CHAINS: Record<TableName, readonly Hook[]> = {
  raw: ["PREROUTING", "OUTPUT"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  security: ["INPUT", "FORWARD", "OUTPUT"],
};

/** iptables-nft saves the tables that exist in this fixed order (`enum nft_table_type`). */
export const SAVE_ORDER: readonly TableName[] = ["mangle", "security", "raw", "filter", "nat"];
