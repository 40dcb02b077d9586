import { TCP, type Packet } from "../../stack/packet";
import type { Netns } from "../../world";
import { inetDevAddrType, RTN } from "../matches/addr-type";

const IPPROTO_ICMP = 1;
const IPPROTO_TCP = 6;
/** NR_ICMP_TYPES: higher types are unknown, which icmp_send takes for errors. */
const NR_ICMP_TYPES = 18;
/** icmp_pointers[].error: the types that are themselves errors (echo, timestamp, info, address are not). */
const ICMP_ERRORS = new Set([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);

/** The skb's route flags RTCF_BROADCAST / RTCF_MULTICAST: no reply goes to such a destination. */
function toBroadcast(netns: Netns, packet: Packet): boolean {
  const type = inetDevAddrType(netns, packet.dst);
  return type === RTN.BROADCAST || type === RTN.MULTICAST;
}

/**
 * nf_send_unreach and the checks icmp_send makes about the offending packet: only about a first
 * fragment, never to a broadcast or multicast destination, never about an ICMP error (or unknown type).
 */
export function mayUnreach(netns: Netns, packet: Packet): boolean {
  if (packet.fragOffset !== 0 || toBroadcast(netns, packet)) return false;
  if (packet.proto !== IPPROTO_ICMP) return true;
  const ic = packet.l4;
  return ic?.proto === IPPROTO_ICMP && ic.type <= NR_ICMP_TYPES && !ICMP_ERRORS.has(ic.type);
}

/** nf_reject_ip_tcphdr_get and nf_send_reset: a reset answers a first-fragment TCP segment that is not itself a reset. */
export function mayReset(netns: Netns, packet: Packet): boolean {
  const th = packet.l4;
  if (packet.fragOffset !== 0 || packet.proto !== IPPROTO_TCP || th?.proto !== IPPROTO_TCP) return false;
  return (th.flags & TCP.RST) === 0 && !toBroadcast(netns, packet);
}
