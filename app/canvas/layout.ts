import type { Edge, Node } from "@xyflow/react";
import type { ContainerView, LinkView, NetnsView, WorldView } from "../../engine/view";
import { placeRows, sidesOf, type Arrangement, type RowSize, type Side } from "./arrange";
import { cablesOf, type Placement } from "./cables";
import { ifaceId, netnsId } from "./ids";
import { rowsOf, withStopped } from "./ranks";

const IFACE_W = 150;
/** lo only ever shows 127.0.0.1/8: narrower, so that every namespace's box is. */
const LO_W = 104;
const IFACE_H = 40;
const GAP = 8;
const PAD = 10;
const HEADER = 28;
const FOOTER = 18;
const NS_GAP = 40;
const MIN_W = 220;

export interface NetnsData extends Record<string, unknown> {
  readonly ns: NetnsView;
  /** The Docker container whose namespace this is. */
  readonly container?: ContainerView;
}
export interface IfaceData extends Record<string, unknown> {
  readonly ns: string;
  readonly link: LinkView;
  /** The Docker network whose bridge this device is. */
  readonly network?: string;
}
export type NetnsNode = Node<NetnsData, "netns">;
export type IfaceNode = Node<IfaceData, "iface">;
export type CanvasNode = NetnsNode | IfaceNode;
export type CableKind = "veth" | "bridge";
export type CableEdge = Edge<{ kind: CableKind }, "cable">;

/**
 * Devices in up to three rows: cables to the row above, bridges and same-namespace pairs, then
 * cables to the row below; lo, which has no cable, beside the first of them. A cable to the other
 * column leaves from the end of its row that faces it.
 */
function placeLinks(
  ns: NetnsView,
  row: Placement["row"],
  order: Map<string, number>,
  side: Placement["side"],
) {
  const mine = row.get(ns.name)!;
  const rows: LinkView[][] = [[], [], []];
  const alone: LinkView[] = [];
  for (const link of ns.links) {
    const peerRow = link.peer && link.peer.netns !== ns.name ? row.get(link.peer.netns) : undefined;
    if (peerRow !== undefined) rows[peerRow < mine ? 0 : 2]!.push(link);
    else if (link.kind === "bridge" || link.peer) rows[1]!.push(link);
    else alone.push(link);
  }
  // lo and other cable-less devices join the first row that is there anyway.
  (rows.find((r) => r.length > 0) ?? rows[1]!).push(...alone);
  // Cables leave towards their other end: sorted by where that namespace sits in its row.
  const across = (l: LinkView) =>
    Number(l.peer !== undefined && side?.get(l.peer.netns) !== side?.get(ns.name));
  const at = (l: LinkView) => order.get(l.peer?.netns ?? "") ?? 0;
  rows[0]!.sort((a, b) => across(b) - across(a));
  const cableless = (l: LinkView) => Number(!l.peer && l.kind !== "bridge");
  rows[2]!.sort(
    (a, b) => cableless(a) - cableless(b) || across(a) - across(b) || at(a) - at(b) || a.index - b.index,
  );
  return rows.filter((r) => r.length > 0);
}

const widthOf = (link: LinkView) => (link.kind === "loopback" ? LO_W : IFACE_W);
const rowWidth = (links: readonly LinkView[]) =>
  links.reduce((sum, l) => sum + widthOf(l), 0) + Math.max(0, links.length - 1) * GAP;

interface Box {
  readonly ns: NetnsView;
  readonly links: LinkView[][];
  readonly width: number;
  readonly height: number;
}

const sizeOf = (boxes: readonly Box[]): RowSize => ({
  width: boxes.reduce((sum, b) => sum + b.width, 0) + NS_GAP * (boxes.length - 1),
  height: Math.max(...boxes.map((b) => b.height)),
});

/**
 * Nodes and edges for a world view, laid out automatically: namespaces as boxes in rows, their devices
 * inside, the rows arranged as `arrangement` says. `moved` holds the positions the user dragged
 * namespaces to; they win over the layout.
 */
export function layoutOf(
  view: WorldView,
  moved: Readonly<Record<string, { x: number; y: number }>>,
  arrangement: Arrangement = "stack",
): { nodes: CanvasNode[]; edges: CableEdge[] } {
  const rows = withStopped(rowsOf(view), view);
  const row = new Map<string, number>();
  const order = new Map<string, number>();
  rows.forEach((r, i) => r.forEach((ns, j) => (row.set(ns.name, i), order.set(ns.name, j))));
  const side = sidesOf(rows, arrangement);

  const containers = new Map(view.docker?.containers.map((c) => [c.netns, c]));
  // Docker's bridges live in the host's namespace.
  const networks = new Map(view.docker?.networks.map((n) => [ifaceId("host", n.bridge), n.name]));
  const sized = rows.map((namespaces) =>
    namespaces.map((ns): Box => {
      const links = placeLinks(ns, row, order, side);
      const width = Math.max(MIN_W, ...links.map(rowWidth)) + 2 * PAD;
      const height = HEADER + links.length * (IFACE_H + GAP) - GAP + PAD + FOOTER;
      return { ns, links, width, height };
    }),
  );
  // A row split between the columns is a row in each.
  const column = (which: Side | undefined) =>
    sized
      .map((boxes) => boxes.filter((b) => side?.get(b.ns.name) === which))
      .filter((boxes) => boxes.length > 0);
  const [left, right] = side ? [column("left"), column("right")] : [sized, []];
  const corners = placeRows(left.map(sizeOf), right.map(sizeOf));

  const nodes: CanvasNode[] = [];
  const top = new Map<string, number>();
  [...left, ...right].forEach((boxes, r) => {
    let { x } = corners[r]!;
    const { y } = corners[r]!;
    for (const { ns, links, width, height } of boxes) {
      const id = netnsId(ns.name);
      const container = containers.get(ns.name);
      nodes.push({
        id,
        type: "netns",
        position: moved[id] ?? { x, y },
        data: container ? { ns, container } : { ns },
        style: { width, height },
        dragHandle: ".netns-head",
      });
      links.forEach((devices, i) => {
        let at = (width - rowWidth(devices)) / 2;
        for (const link of devices) {
          const iface = ifaceId(ns.name, link.name);
          const network = networks.get(iface);
          top.set(iface, HEADER + i * (IFACE_H + GAP));
          nodes.push({
            id: iface,
            type: "iface",
            parentId: id,
            extent: "parent",
            draggable: false,
            position: { x: at, y: top.get(iface)! },
            data: network ? { ns: ns.name, link, network } : { ns: ns.name, link },
            style: { width: widthOf(link), height: IFACE_H },
          });
          at += widthOf(link) + GAP;
        }
      });
      x += width + NS_GAP;
    }
  });
  return { nodes, edges: cablesOf(view, { row, side, top }) };
}
