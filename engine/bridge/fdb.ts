import type { Link } from "../netdev/link";
import { linkReady } from "../stack/neigh";
import type { Netns, World } from "../world";

/** How long a learned MAC stays in the FDB (the bridge's default ageing_time, 300 s). */
const AGEING_MS = 300_000;

function portsOf(netns: Netns, bridge: Link): Link[] {
  return [...netns.links.values()].filter((link) => link.master === bridge.name);
}

/** Whether a frame sent out of `port` can reach the device with `mac` (through further bridges too). */
function reaches(world: World, port: Link, mac: string, seen: Set<Link>): boolean {
  const far = port.peer;
  if (!far || seen.has(far) || !linkReady(port)) return false;
  seen.add(far);
  if (far.mac === mac) return true;
  if (far.master === undefined) return false;
  const netns = world.netns.get(far.netns)!;
  const bridge = netns.links.get(far.master);
  if (!bridge) return false;
  if (bridge.mac === mac) return true;
  return portsOf(netns, bridge).some((p) => p !== far && reaches(world, p, mac, seen));
}

/** Remembers that `mac` is behind `port` (br_fdb_update). */
export function learn(world: World, bridge: Link, port: Link, mac: string): void {
  if (!mac || port.brport?.learning === false) return;
  (bridge.fdb ??= new Map()).set(mac, { port: port.name, seen: world.clock });
}

/**
 * The port a frame for `mac` leaves by: the FDB's entry if fresh, else the port behind which the
 * owner sits, learned as the ARP reply that preceded this frame would have taught it.
 */
export function portTowards(world: World, netns: Netns, bridge: Link, mac: string): Link | undefined {
  const entry = bridge.fdb?.get(mac);
  if (entry && world.clock - entry.seen < AGEING_MS) {
    const port = netns.links.get(entry.port);
    if (port?.master === bridge.name) return port;
  }
  const port = portsOf(netns, bridge).find((p) => reaches(world, p, mac, new Set()));
  if (port) learn(world, bridge, port, mac);
  return port;
}
