/** One line of a diff: in both (" "), only in the first text ("-"), or only in the second ("+"). */
export interface DiffLine {
  readonly mark: " " | "+" | "-";
  readonly text: string;
}

/**
 * A line diff by longest common subsequence, removals before additions where both fit. The plain
 * table is enough: what is diffed here (rule listings, a command's output) is small.
 */
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
