import type { TableName } from "../../engine/netfilter/tables";
import type { NetnsView, TableView } from "../../engine/view";

export interface DiffLine {
  readonly mark: " " | "+" | "-";
  readonly text: string;
}

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

/** A line diff by longest common subsequence (a table's listing is small enough for the plain table). */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i]![j] =
        a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ mark: " ", text: a[i++]! });
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1]![j]! >= common[i]![j + 1]!))
      out.push({ mark: "-", text: a[i++]! });
    else out.push({ mark: "+", text: b[j++]! });
  }
  return out;
}

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
