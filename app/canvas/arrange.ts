/**
 * How the rows of namespaces sit on the canvas: stacked top to bottom ("stack"), or, on a canvas much
 * wider than tall, in two columns ("sides"): on the left the world outside the host (the internet, the
 * router, the LAN's other machines), on the right the host and what hangs under it (its containers).
 * The choice depends on the canvas alone, never on what is in the world, so adding a container or a
 * network moves nothing.
 */
export type Arrangement = "stack" | "sides";
export type Side = "left" | "right";

/** Width over height from which two columns show the article's network larger than one. */
export const SIDES_ASPECT = 1.5;

export const arrangementFor = (width: number, height: number): Arrangement =>
  height > 0 && width / height >= SIDES_ASPECT ? "sides" : "stack";

/**
 * Each namespace's column, from the rows: the host and the rows under it on the right, the rest on the
 * left. Nothing when everything stacks (or when no host stands below another row).
 */
export function sidesOf(
  rows: readonly (readonly { name: string }[])[],
  arrangement: Arrangement,
): ReadonlyMap<string, Side> | undefined {
  const hostRow = rows.findIndex((r) => r.some((ns) => ns.name === "host"));
  if (arrangement === "stack" || hostRow <= 0) return undefined;
  const side = (ns: string, row: number): Side =>
    row > hostRow || (row === hostRow && ns === "host") ? "right" : "left";
  return new Map(rows.flatMap((r, i) => r.map((ns) => [ns.name, side(ns.name, i)] as const)));
}

export interface RowSize {
  readonly width: number;
  readonly height: number;
}

const ROW_GAP = 36;
const COLUMN_GAP = 90;

/**
 * The top-left corner of each row of the left column, then of the right one. The left column's rows
 * are centred on x = 0; the right column's start at its left edge, so that the host stays where it is
 * while its row and its containers' grow to the right.
 */
export function placeRows(left: readonly RowSize[], right: readonly RowSize[]): { x: number; y: number }[] {
  const edge = Math.max(0, ...left.map((r) => r.width)) / 2 + COLUMN_GAP;
  const stack = (list: readonly RowSize[], x: (r: RowSize) => number) => {
    let y = 0;
    return list.map((r) => {
      const at = { x: x(r), y };
      y += r.height + ROW_GAP;
      return at;
    });
  };
  return [...stack(left, (r) => -r.width / 2), ...stack(right, () => edge)];
}
