import type { WorldView } from "../../engine/view";
import type { Side } from "./arrange";
import { bridgeEdgeId, ifaceId, vethId } from "./ids";
import type { CableEdge, CableKind } from "./layout";

/** Where the layout put things, for the cables between them. */
export interface Placement {
  /** Each namespace's row, top to bottom. */
  readonly row: ReadonlyMap<string, number>;
  /** Each namespace's column, when there are two. */
  readonly side: ReadonlyMap<string, Side> | undefined;
  /** Each device's top inside its namespace's box. */
  readonly top: ReadonlyMap<string, number>;
}

/** Which handles a cable joins: bottom to top within a column, right to left across the two. */
type Ends = { readonly sourceHandle: "out" | "right"; readonly targetHandle: "in" | "left" };
const DOWN: Ends = { sourceHandle: "out", targetHandle: "in" };
const ACROSS: Ends = { sourceHandle: "right", targetHandle: "left" };

function cable(id: string, source: string, target: string, kind: CableKind, ends = DOWN): CableEdge {
  return { id, source, target, ...ends, type: "cable", data: { kind } };
}

/**
 * Each veth pair once, from its upper end to its lower one (from the left column to the right one
 * when it joins the two), and each bridge port's membership.
 */
export function cablesOf(view: WorldView, { row, side, top }: Placement): CableEdge[] {
  /** Higher up on the canvas is smaller: the namespace's row first, then the device's row in it. */
  const rank = (ns: string, dev: string) => (row.get(ns) ?? 0) * 10 + (top.get(ifaceId(ns, dev)) ?? 0) / 1000;
  const edges: CableEdge[] = [];
  const seen = new Set<string>();
  for (const ns of view.namespaces) {
    for (const link of ns.links) {
      if (link.peer) {
        const a = { netns: ns.name, dev: link.name };
        const b = { netns: link.peer.netns, dev: link.peer.name };
        const id = vethId(a, b);
        if (!seen.has(id)) {
          seen.add(id);
          const across = side !== undefined && side.get(a.netns) !== side.get(b.netns);
          const [first, second] = across
            ? side.get(a.netns) === "left"
              ? [a, b]
              : [b, a]
            : rank(a.netns, a.dev) <= rank(b.netns, b.dev)
              ? [a, b]
              : [b, a];
          const [source, target] = [ifaceId(first.netns, first.dev), ifaceId(second.netns, second.dev)];
          edges.push(cable(id, source, target, "veth", across ? ACROSS : DOWN));
        }
      }
      if (link.master) {
        const port = ifaceId(ns.name, link.name);
        const bridge = ifaceId(ns.name, link.master);
        const portAbove = rank(ns.name, link.name) < rank(ns.name, link.master);
        const [source, target] = portAbove ? [port, bridge] : [bridge, port];
        edges.push(cable(bridgeEdgeId(ns.name, link.name), source, target, "bridge"));
      }
    }
  }
  return edges;
}
