import { isMeasured, type BenchRow } from "./measure";

/** Three significant digits, with thousands separated: 0.792, 17,400, 1.84. */
const num = (x: number | undefined): string =>
  x === undefined ? "" : x.toLocaleString("en-US", { maximumSignificantDigits: 3 });

const row = (cells: readonly string[], widths: readonly number[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i]!))
    .join("  ")
    .trimEnd();

/** The figures as a table on stdout, each followed by its name; skipped peers say why. */
export function printTable(results: readonly BenchRow[]): void {
  const head = ["#", "median", "min", "max", "runs", "unit", "peer", "ratio", "target", "met"];
  const rows = results.map((r) =>
    isMeasured(r)
      ? [
          r.figure,
          num(r.value),
          num(r.min),
          num(r.max),
          String(r.runs),
          r.unit,
          r.peer ? `${num(r.peerValue)} (${r.peer})` : "",
          r.ratio === undefined ? "" : `${num(r.ratio)}×`,
          r.target ?? "",
          r.met === undefined ? "" : r.met ? "yes" : "NO",
        ]
      : [r.figure, "not measured", ...head.slice(2).map(() => "")],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((cells) => cells[i]!.length)));
  console.log(row(head, widths));
  results.forEach((r, i) => {
    console.log(row(rows[i]!, widths));
    console.log(`   ${r.name}${r.skipped ? `\n   skipped: ${r.skipped}` : ""}`);
  });
}
