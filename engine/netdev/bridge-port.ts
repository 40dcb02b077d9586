import type { World } from "../world";
import type { Link } from "./link";
import { compareMac, ZERO_MAC } from "./mac";
import { settle } from "./settle";

/** Bridge membership (br_add_if / br_del_if) and the bridge's MAC (br_stp_recalculate_bridge_id). */

/** A bridge whose MAC was not set by hand takes its lowest port MAC, or zeros with no port. */
function recalculateBridgeMac(world: World, bridge: Link): void {
  if (bridge.macSet) return;
  const ports = [...(world.netns.get(bridge.netns)?.links.values() ?? [])].filter(
    (l) => l.master === bridge.name,
  );
  bridge.mac = ports
    .map((p) => p.mac)
    .reduce((low, mac) => (compareMac(mac, low) < 0 ? mac : low), ports[0]?.mac ?? ZERO_MAC);
}

export function enslave(world: World, port: Link, bridge: Link): void {
  if (port.master === bridge.name) return;
  releasePort(world, port);
  port.master = bridge.name;
  port.brport = { hairpin: false, learning: true, flood: true };
  bridge.bridgeCarrier ??= false;
  recalculateBridgeMac(world, bridge);
  settle(world);
}

export function releasePort(world: World, port: Link): void {
  const bridge = port.master === undefined ? undefined : world.netns.get(port.netns)?.links.get(port.master);
  port.master = undefined;
  port.brport = undefined;
  if (bridge) {
    for (const [mac, entry] of bridge.fdb ?? []) if (entry.port === port.name) bridge.fdb?.delete(mac);
    recalculateBridgeMac(world, bridge);
  }
  settle(world);
}

/** A port changed its MAC: the bridge may take the new one. */
export function portMacChanged(world: World, port: Link): void {
  const bridge = port.master === undefined ? undefined : world.netns.get(port.netns)?.links.get(port.master);
  if (bridge) recalculateBridgeMac(world, bridge);
}
