import type { DiffLine } from "../../engine/shell/line-diff";

/** A diff as shown: its lines, with long runs of unchanged ones folded into a count. */
export type DiffRow =
  | { readonly kind: "line"; readonly line: DiffLine }
  | { readonly kind: "folded"; readonly lines: readonly DiffLine[] };

/**
 * Folds every run of unchanged lines longer than `context` lines on each side of a change; the
 * lines kept are the ones next to a change, which say where it sits (its chain's other rules).
 */
export function foldUnchanged(lines: readonly DiffLine[], context: number): DiffRow[] {
  const rows: DiffRow[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.mark !== " ") {
      rows.push({ kind: "line", line: lines[i++]! });
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.mark === " ") end++;
    const before = i === 0 ? 0 : context;
    const after = end === lines.length ? 0 : context;
    const run = lines.slice(i, end);
    if (run.length > before + after + 1) {
      rows.push(...run.slice(0, before).map((line) => ({ kind: "line" as const, line })));
      rows.push({ kind: "folded", lines: run.slice(before, run.length - after) });
      rows.push(...run.slice(run.length - after).map((line) => ({ kind: "line" as const, line })));
    } else rows.push(...run.map((line) => ({ kind: "line" as const, line })));
    i = end;
  }
  return rows;
}
