import { formatAddr } from "../iptables/address";
import { sysctlOn } from "../netdev/sysctl";
import type { Netns } from "../world";
import { ICMP_HLEN, IP_HLEN, newPacket } from "./build";
import { ICMP, icmpReply } from "./icmp";
import { icmpErrorToSocket } from "./icmp-error";
import type { Net } from "./net";
import { nfHook } from "./nf-hook";
import type { IcmpHeader, Packet } from "./packet";
import { tcpRcv } from "./tcp";
import { udpRcv } from "./udp";

/** ip_local_deliver: INPUT, then the protocol's handler. */
export function localDeliver(net: Net, netns: Netns, packet: Packet): void {
  if (nfHook(net, netns, "INPUT", packet) === "DROP") return;
  const { l4 } = packet;
  switch (l4?.proto) {
    case 6:
      return tcpRcv(net, netns, packet, l4);
    case 17:
      return udpRcv(net, netns, packet, l4);
    case 1:
      return icmpRcv(net, netns, packet, l4);
    default:
      net.trace?.push({ kind: "drop", netns: netns.name, reason: `no handler for protocol ${packet.proto}` });
  }
}

/** icmp_rcv: answer echo requests, hand echo replies to ping, errors to the socket they are about. */
function icmpRcv(net: Net, netns: Netns, packet: Packet, icmp: IcmpHeader): void {
  if (icmp.type === ICMP.ECHO_REQUEST) {
    if (sysctlOn(netns, "net.ipv4.icmp_echo_ignore_all")) return;
    net.trace?.push({ kind: "deliver", netns: netns.name, socket: "kernel: ICMP echo → reply" });
    const reply = newPacket(net.world, {
      src: packet.dst,
      dst: packet.src,
      length: packet.length,
      payload: packet.payload,
      l4: { proto: 1, type: ICMP.ECHO_REPLY, code: 0, id: icmp.id, seq: icmp.seq },
    });
    icmpReply(net, netns, reply);
    return;
  }
  if (icmp.type === ICMP.ECHO_REPLY) {
    const sock = netns.sockets.find((s) => s.kind === "ping" && s.lport === icmp.id);
    if (!sock || sock.kind !== "ping") return;
    net.trace?.push({ kind: "deliver", netns: netns.name, socket: `${sock.owner} (ICMP id ${icmp.id})` });
    sock.received.push({
      from: packet.src,
      data: "",
      seq: icmp.seq,
      ttl: packet.ttl,
      length: packet.length - IP_HLEN,
    });
    return;
  }
  if (icmp.quote) {
    const to = icmpErrorToSocket(netns, packet.src, icmp);
    net.trace?.push({
      kind: "deliver",
      netns: netns.name,
      socket: to ?? `nobody (ICMP ${icmp.type}/${icmp.code} from ${formatAddr(packet.src)})`,
    });
  }
}

export const ECHO_LENGTH = IP_HLEN + ICMP_HLEN + 56;
