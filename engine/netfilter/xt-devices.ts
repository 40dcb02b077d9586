import type { Hook } from "./hooks";
import type { Packet } from "../stack/packet";

/**
 * The devices a hook hands to the tables (nf_hook_state's in and out): an input device only before
 * the routing decision's local or forward branch ends, an output device only once routed. The
 * kernel passes NULL otherwise, which rules and LOG see as "" (POSTROUTING has no `in` even for a
 * forwarded packet). Without a hook, the packet's own devices.
 */
export function inDevice(packet: Packet, hook?: Hook): string {
  return hook === "OUTPUT" || hook === "POSTROUTING" ? "" : packet.iif;
}

export function outDevice(packet: Packet, hook?: Hook): string {
  return hook === "PREROUTING" || hook === "INPUT" ? "" : packet.oif;
}
