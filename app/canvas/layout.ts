import type { Edge, Node } from "@xyflow/react";
import type { ContainerView, LinkView, NetnsView, WorldView } from "../../engine/view";
import { rowsOf } from "./ranks";

export const IFACE_W = 150;
export const IFACE_H = 44;
const GAP = 12;
const PAD = 14;
const HEADER = 32;
const FOOTER = 22;
const ROW_GAP = 56;
const NS_GAP = 70;

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

export const netnsId = (ns: string) => `ns:${ns}`;
export const ifaceId = (ns: string, dev: string) => `if:${ns}/${dev}`;
/** A veth pair's one edge, whichever end it is named from. */
export function vethId(a: { netns: string; dev: string }, b: { netns: string; dev: string }): string {
  const [x, y] = [ifaceId(a.netns, a.dev), ifaceId(b.netns, b.dev)].sort();
  return `veth:${x}|${y}`;
}
export const bridgeEdgeId = (ns: string, port: string) => `br:${ns}/${port}`;

/**
 * Devices in up to three rows: cables to the row above, bridges and same-namespace pairs, then
 * cables to the row below; lo, which has no cable, beside the first of them.
 */
function placeLinks(ns: NetnsView, row: Map<string, number>, order: Map<string, number>): LinkView[][] {
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
  const at = (l: LinkView) => order.get(l.peer?.netns ?? "") ?? 0;
  rows[2]!.sort((a, b) => at(a) - at(b) || a.index - b.index);
  return rows;
}

/**
 * A stopped container has no namespace any more (Docker tears its sandbox down), but `docker ps -a`
 * still lists it and the user needs it on the canvas to start or remove it: an empty box at the end of
 * the containers' row (the row under the host when no container runs).
 */
function withStopped(rows: NetnsView[][], view: WorldView): NetnsView[][] {
  const live = new Set(view.namespaces.map((ns) => ns.name));
  const stopped = (view.docker?.containers ?? []).filter((c) => !live.has(c.netns));
  if (stopped.length === 0) return rows;
  const containers = new Set(view.docker?.containers.map((c) => c.netns));
  const hostRow = rows.findIndex((r) => r.some((ns) => ns.name === "host"));
  const found = rows.findIndex((r) => r.some((ns) => containers.has(ns.name)));
  const at = found >= 0 ? found : hostRow + 1;
  const boxes = stopped.map((c): NetnsView => ({ ...EMPTY_NETNS, name: c.netns }));
  return rows.map((r, i) => (i === at ? [...r, ...boxes] : r)).concat(at < rows.length ? [] : [boxes]);
}

const EMPTY_NETNS: Omit<NetnsView, "name"> = {
  links: [],
  routes: [],
  listeners: [],
  forwarding: false,
  tables: [],
  conntrack: [],
};

const rowWidth = (count: number) => count * IFACE_W + Math.max(0, count - 1) * GAP;

/**
 * Nodes and edges for a world view, laid out automatically: namespaces as boxes in rows, their devices
 * inside. `moved` holds the positions the user dragged namespaces to; they win over the layout.
 */
export function layoutOf(
  view: WorldView,
  moved: Readonly<Record<string, { x: number; y: number }>>,
): { nodes: CanvasNode[]; edges: CableEdge[] } {
  const rows = withStopped(rowsOf(view), view);
  const row = new Map<string, number>();
  const order = new Map<string, number>();
  rows.forEach((r, i) => r.forEach((ns, j) => (row.set(ns.name, i), order.set(ns.name, j))));

  const containers = new Map(view.docker?.containers.map((c) => [c.netns, c]));
  // Docker's bridges live in the host's namespace.
  const networks = new Map(view.docker?.networks.map((n) => [ifaceId("host", n.bridge), n.name]));
  const nodes: CanvasNode[] = [];
  const edges: CableEdge[] = [];
  let y = 0;
  for (const namespaces of rows) {
    const boxes = namespaces.map((ns) => {
      const links = placeLinks(ns, row, order);
      const filled = links.filter((r) => r.length > 0);
      const width = Math.max(220, ...filled.map((r) => rowWidth(r.length))) + 2 * PAD;
      const height = HEADER + filled.length * (IFACE_H + GAP) - GAP + PAD + FOOTER;
      return { ns, links: filled, width, height };
    });
    const total = boxes.reduce((sum, b) => sum + b.width, 0) + NS_GAP * (boxes.length - 1);
    let x = -total / 2;
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
      links.forEach((r, i) => {
        const left = (width - rowWidth(r.length)) / 2;
        r.forEach((link, j) => {
          const iface = ifaceId(ns.name, link.name);
          const network = networks.get(iface);
          nodes.push({
            id: iface,
            type: "iface",
            parentId: id,
            extent: "parent",
            draggable: false,
            position: { x: left + j * (IFACE_W + GAP), y: HEADER + i * (IFACE_H + GAP) },
            data: network ? { ns: ns.name, link, network } : { ns: ns.name, link },
            style: { width: IFACE_W, height: IFACE_H },
          });
        });
      });
      x += width + NS_GAP;
    }
    y += Math.max(...boxes.map((b) => b.height)) + ROW_GAP;
  }
  const top = new Map(nodes.map((n) => [n.id, n.position.y]));
  /** Higher up on the canvas is smaller: the namespace's row first, then the device's row in it. */
  const rank = (ns: string, dev: string) => (row.get(ns) ?? 0) * 10 + (top.get(ifaceId(ns, dev)) ?? 0) / 1000;
  const seen = new Set<string>();
  for (const ns of view.namespaces) {
    for (const link of ns.links) {
      if (link.peer) {
        const a = { netns: ns.name, dev: link.name };
        const b = { netns: link.peer.netns, dev: link.peer.name };
        const id = vethId(a, b);
        if (!seen.has(id)) {
          seen.add(id);
          const [upper, lower] = rank(a.netns, a.dev) <= rank(b.netns, b.dev) ? [a, b] : [b, a];
          edges.push(cable(id, ifaceId(upper.netns, upper.dev), ifaceId(lower.netns, lower.dev), "veth"));
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
  return { nodes, edges };
}

function cable(id: string, source: string, target: string, kind: CableKind): CableEdge {
  return { id, source, target, sourceHandle: "out", targetHandle: "in", type: "cable", data: { kind } };
}
