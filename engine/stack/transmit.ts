import { formatAddr } from "../iptables/address";
import type { Link } from "../netdev/link";
import type { FrameMacs, Netns } from "../world";
import { bridgeXmit } from "../bridge/forward";
import { ICMP, icmpSend } from "./icmp";
import { netnsOf, type Net } from "./net";
import { linkReady, resolveNeighbour } from "./neigh";
import type { Packet } from "./packet";
import { viewOf } from "./view";

/** lo's frames carry no addresses. */
const LOOPBACK_MACS: FrameMacs = { src: "", dst: "" };

/** A packet leaves by `dev` in a frame with these addresses: its statistics, and any tap (tcpdump) on it. */
export function countTx(net: Net, dev: Link, packet: Packet, macs = LOOPBACK_MACS): void {
  dev.stats.txPackets++;
  dev.stats.txBytes += packet.length;
  tapsSee(net, dev, packet, true, macs);
}

export function countRx(net: Net, dev: Link, packet: Packet, macs = LOOPBACK_MACS): void {
  dev.stats.rxPackets++;
  dev.stats.rxBytes += packet.length;
  tapsSee(net, dev, packet, false, macs);
}

/** Shows the packet to the taps on `dev`; a tap may remove itself (tcpdump -c), so over a copy. */
function tapsSee(net: Net, dev: Link, packet: Packet, out: boolean, macs: FrameMacs): void {
  const { taps } = net.world;
  if (taps.length === 0) return;
  for (const tap of taps.slice())
    if (tap.dev === dev.name && tap.netns === dev.netns) tap.see(packet, out, macs);
}

/**
 * A veth hands the frame to its peer (dev_forward_skb). Crossing scrubs the skb: its conntrack
 * reference always, its mark too when the peer is in another namespace.
 */
export function vethXmit(net: Net, dev: Link, packet: Packet, srcMac: string, dstMac: string): void {
  const peer = dev.peer;
  if (!peer || !linkReady(dev)) return;
  const macs = { src: srcMac, dst: dstMac };
  countTx(net, dev, packet, macs);
  packet.ct = undefined;
  packet.ctinfo = undefined;
  packet.untracked = false;
  if (peer.netns !== dev.netns) packet.mark = 0;
  net.trace?.push({
    kind: "wire",
    from: { netns: dev.netns, dev: dev.name },
    to: { netns: peer.netns, dev: peer.name },
    packet: viewOf(packet),
  });
  countRx(net, peer, packet, macs);
  net.wire.push({ netns: netnsOf(net, peer), dev: peer, packet, srcMac, dstMac });
}

/**
 * dev_queue_xmit after the neighbour lookup: sends the packet out of `dev` towards `nexthop`.
 * Loopback turns the packet straight round; a bridge device forwards by its FDB; a veth crosses.
 */
export function transmit(net: Net, netns: Netns, dev: Link, packet: Packet, nexthop: number): void {
  if (dev.kind === "loopback") {
    countTx(net, dev, packet);
    countRx(net, dev, packet);
    net.wire.push({ netns, dev, packet, srcMac: "", dstMac: "" });
    return;
  }
  const neighbour = resolveNeighbour(net.world, dev, nexthop);
  if (!neighbour) {
    // After its unanswered ARP probes the kernel reports the link failure to the sender
    // (arp_error_report → ipv4_link_failure): ICMP host unreachable, even to itself.
    net.trace?.push({
      kind: "drop",
      netns: netns.name,
      reason: `no ARP reply for ${formatAddr(nexthop)} on ${dev.name}`,
    });
    icmpSend(net, netns, packet, ICMP.DEST_UNREACH, ICMP.HOST_UNREACH);
    return;
  }
  if (dev.kind === "bridge") bridgeXmit(net, netns, dev, packet, dev.mac, neighbour.mac);
  else vethXmit(net, dev, packet, dev.mac, neighbour.mac);
}
