import type { TableName } from "../../engine/netfilter/tables";
import { diffLines, type DiffLine } from "../../engine/shell/line-diff";
import type { NetnsView, TableView } from "../../engine/view";

/** One table whose rules changed: `iptables -t TABLE -S` before and after, line by line. */
export interface TableDiff {
  readonly table: TableName;
  readonly lines: readonly DiffLine[];
}

/** `iptables -t TABLE -S`: the policies and new chains first, then every chain's rules in order. */
export const tableSpec = (table: TableView | undefined): string[] =>
  table
    ? [...table.chains.map((c) => c.spec), ...table.chains.flatMap((c) => c.rules.map((r) => r.spec))]
    : [];

/** The tables of a namespace whose rules differ between two snapshots, each as a -S diff. */
export function ruleDiff(before: NetnsView | undefined, after: NetnsView | undefined): TableDiff[] {
  const names = (after ?? before)?.tables.map((t) => t.name) ?? [];
  return names
    .map((table) => ({
      table,
      lines: diffLines(
        tableSpec(before?.tables.find((t) => t.name === table)),
        tableSpec(after?.tables.find((t) => t.name === table)),
      ),
    }))
    .filter((d) => d.lines.some((l) => l.mark !== " "));
}
