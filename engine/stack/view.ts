import { formatAddr } from "../iptables/address";
import type { PacketView } from "../trace/events";
import type { Hook } from "../netfilter/hooks";
import { inDevice, outDevice } from "../netfilter/xt-devices";
import { TCP, type Packet } from "./packet";

const PROTO_NAMES: Readonly<Record<number, string>> = { 1: "icmp", 6: "tcp", 17: "udp" };

/** TCP flags as tcpdump writes them: S, F, P, R, U in that order, then "." for ACK. */
export function tcpdumpFlags(flags: number): string {
  let out = "";
  if (flags & TCP.SYN) out += "S";
  if (flags & TCP.FIN) out += "F";
  if (flags & TCP.PSH) out += "P";
  if (flags & TCP.RST) out += "R";
  if (flags & TCP.URG) out += "U";
  if (flags & TCP.ACK) out += ".";
  return out || "none";
}

/**
 * A copy of the packet's headers for the trace: what it looked like at this step. At a hook, the
 * devices are those the hook passes to the tables (none in, at OUTPUT; none out, at INPUT).
 */
export function viewOf(packet: Packet, hook?: Hook): PacketView {
  const { l4 } = packet;
  const base = {
    id: packet.id,
    src: formatAddr(packet.src),
    dst: formatAddr(packet.dst),
    proto: PROTO_NAMES[packet.proto] ?? String(packet.proto),
    length: packet.length,
    ttl: packet.ttl,
    mark: packet.mark,
    iif: inDevice(packet, hook),
    oif: outDevice(packet, hook),
    tos: packet.tos,
    ipId: packet.ipId,
    df: packet.df,
    ...(packet.link ? { link: packet.link } : {}),
  };
  if (l4?.proto === 6) return { ...base, sport: l4.sport, dport: l4.dport, flags: tcpdumpFlags(l4.flags) };
  if (l4?.proto === 17) return { ...base, sport: l4.sport, dport: l4.dport };
  if (l4?.proto === 1) return { ...base, icmp: { type: l4.type, code: l4.code, id: l4.id, seq: l4.seq } };
  return base;
}
