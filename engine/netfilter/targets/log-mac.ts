import type { Link } from "../../netdev/link";
import type { Packet } from "../../stack/packet";
import type { Netns, World } from "../../world";
import { inetDevAddrType, RTN } from "../matches/addr-type";

const ZERO_MAC = "00:00:00:00:00:00";
const BROADCAST_MAC = "ff:ff:ff:ff:ff:ff";
/** ETH_P_IP as the last two bytes of the Ethernet header. */
const ETH_P_IP = "08:00";

const hex2 = (n: number) => n.toString(16).padStart(2, "0");

/** ip_eth_mc_map: 01:00:5e and the group's low 23 bits. */
const multicastMac = (addr: number) =>
  `01:00:5e:${hex2((addr >>> 16) & 0x7f)}:${hex2((addr >>> 8) & 0xff)}:${hex2(addr & 0xff)}`;

/**
 * The device that put the frame on the wire `end` leads to. When that end is a bridge port, the
 * bridge forwarded it: from the neighbour behind another port that owns the source address, or
 * else from the bridge's own host (which sent or routed it).
 */
function senderOf(world: World, end: Link, src: number): Link {
  const bridgeNs = end.master === undefined ? undefined : world.netns.get(end.netns);
  const bridge = bridgeNs?.links.get(end.master!);
  if (!bridgeNs || !bridge) return end;
  for (const port of bridgeNs.links.values()) {
    const neighbour = port.master === bridge.name && port !== end ? port.peer : undefined;
    if (neighbour?.addrs.some((a) => a.addr === src)) return neighbour;
  }
  return bridge;
}

/**
 * The Ethernet header a received packet came with, which the packet model does not carry: sent to
 * the receiving device's address (or the broadcast/multicast one), from the device at the other end
 * of the wire it came by (the bridge port's, when it came through a bridge). Loopback frames carry
 * zero addresses. Undefined when the sender cannot be told.
 */
export function frameMacs(
  world: World,
  netns: Netns,
  packet: Packet,
  inDev: string,
): { dst: string; src: string } | undefined {
  const dev = netns.links.get(inDev);
  if (!dev) return undefined;
  if (dev.kind === "loopback") return { dst: ZERO_MAC, src: ZERO_MAC };
  const wire = netns.links.get(packet.physIn) ?? dev;
  if (!wire.peer) return undefined;
  const sender = senderOf(world, wire.peer, packet.src).mac;
  const type = inetDevAddrType(netns, packet.dst);
  const dst =
    type === RTN.BROADCAST ? BROADCAST_MAC : type === RTN.MULTICAST ? multicastMac(packet.dst) : dev.mac;
  return { dst, src: sender };
}

/** The ETH_HLEN bytes as dump_mac_header's fallback prints them: destination, source, protocol. */
export const macHeaderText = (macs: { dst: string; src: string }) => `${macs.dst}:${macs.src}:${ETH_P_IP}`;
