import type { NetnsView, WorldView } from "../../engine/view";

/**
 * Which row each namespace sits in: the article's picture puts the internet on top, then the router,
 * the LAN's machines, and containers below their host. That is a breadth-first walk over the veth
 * cables from the internet (or the first namespace), neighbours visited in ifindex order, so rows and
 * their order stay put when something is added further down.
 */
export function rowsOf(view: WorldView): NetnsView[][] {
  const byName = new Map(view.namespaces.map((ns) => [ns.name, ns]));
  const root = byName.get("internet") ?? view.namespaces[0];
  if (!root) return [];
  const rank = new Map<string, number>([[root.name, 0]]);
  const queue = [root];
  for (let ns = queue.shift(); ns; ns = queue.shift()) {
    for (const link of ns.links) {
      const peer = link.peer && byName.get(link.peer.netns);
      if (!peer || rank.has(peer.name)) continue;
      rank.set(peer.name, rank.get(ns.name)! + 1);
      queue.push(peer);
    }
  }
  const rows: NetnsView[][] = [];
  const visited = [...rank.keys()].map((name) => byName.get(name)!);
  for (const ns of visited) (rows[rank.get(ns.name)!] ??= []).push(ns);
  // Namespaces no cable reaches (a fresh `ip netns add`) get a row of their own at the bottom.
  const alone = view.namespaces.filter((ns) => !rank.has(ns.name));
  if (alone.length > 0) rows.push(alone);
  return rows;
}

/**
 * A stopped container has no namespace any more (Docker tears its sandbox down), but `docker ps -a`
 * still lists it and the user needs it on the canvas to start or remove it: an empty box at the end of
 * the containers' row (the row under the host when no container runs).
 */
export function withStopped(rows: NetnsView[][], view: WorldView): NetnsView[][] {
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
