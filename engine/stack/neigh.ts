import type { Link } from "../netdev/link";
import type { World } from "../world";

/** Whether a device can pass frames: up, and (for a veth) its peer up too. */
export const linkReady = (link: Link): boolean => link.up && (link.kind !== "veth" || link.peer?.up === true);

function ownsAddress(world: World, link: Link, addr: number): boolean {
  const netns = world.netns.get(link.netns);
  if (!netns) return false;
  for (const dev of netns.links.values())
    for (const a of dev.addrs) if (a.addr === addr && dev.kind !== "loopback") return true;
  return false;
}

/** The devices a frame sent on `link` reaches directly: a veth's peer, or the far ends of a bridge's up ports. */
function nextHops(world: World, link: Link): Link[] {
  if (link.kind === "veth") return link.peer && linkReady(link) ? [link.peer] : [];
  if (link.kind !== "bridge") return [];
  const netns = world.netns.get(link.netns)!;
  const far: Link[] = [];
  for (const port of netns.links.values())
    if (port.master === link.name && linkReady(port) && port.peer) far.push(port.peer);
  return far;
}

/**
 * Neighbour resolution (ARP): the device that answers for `addr` on the segment `dev` is attached
 * to. A namespace answers for any of its addresses on whichever device the request arrives by
 * (arp_ignore=0), so a bridge port's far end answers for its whole namespace. Undefined: nobody
 * answers, and the sender's packets are lost.
 */
export function resolveNeighbour(world: World, dev: Link, addr: number): Link | undefined {
  const seen = new Set<Link>([dev]);
  const queue = nextHops(world, dev);
  while (queue.length > 0) {
    const link = queue.shift()!;
    if (seen.has(link)) continue;
    seen.add(link);
    if (link.master !== undefined) {
      // A bridge port: the frame enters the bridge, which answers for its own namespace's addresses
      // and passes the request on to its other ports.
      const netns = world.netns.get(link.netns)!;
      const bridge = netns.links.get(link.master);
      if (!bridge?.up) continue;
      if (ownsAddress(world, bridge, addr)) return bridge;
      for (const port of netns.links.values()) {
        if (port.master === bridge.name && port !== link && linkReady(port) && port.peer)
          queue.push(port.peer);
      }
      continue;
    }
    if (link.up && ownsAddress(world, link, addr)) return link;
  }
  return undefined;
}
