/**
 * The docker CLI's tables: text/tabwriter with minwidth 10, padding 3, spaces; widths count
 * characters; the last column is not padded.
 */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length + 3, 10)));
  return rows
    .map((row) => `${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join("")}\n`)
    .join("");
}
