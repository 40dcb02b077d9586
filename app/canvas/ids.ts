/** The ids of the canvas's nodes and edges, which the player's highlight names too. */
export const netnsId = (ns: string) => `ns:${ns}`;
export const ifaceId = (ns: string, dev: string) => `if:${ns}/${dev}`;
/** A veth pair's one edge, whichever end it is named from. */
export function vethId(a: { netns: string; dev: string }, b: { netns: string; dev: string }): string {
  const [x, y] = [ifaceId(a.netns, a.dev), ifaceId(b.netns, b.dev)].sort();
  return `veth:${x}|${y}`;
}
export const bridgeEdgeId = (ns: string, port: string) => `br:${ns}/${port}`;
