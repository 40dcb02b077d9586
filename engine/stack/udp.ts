import { formatAddr } from "../iptables/address";
import type { Netns } from "../world";
import { IP_HLEN, newPacket, UDP_HLEN } from "./build";
import { ICMP, icmpSend } from "./icmp";
import type { Net } from "./net";
import { ipLocalOut, type SendError } from "./output";
import type { Packet, UdpHeader } from "./packet";

export interface Datagram {
  readonly src: number;
  readonly sport: number;
  readonly dst: number;
  readonly dport: number;
  readonly data: string;
  /** Who sends it, for the trace. */
  readonly by?: string;
}

/** udp_sendmsg: one datagram. */
export function udpSend(net: Net, netns: Netns, d: Datagram): SendError | undefined {
  const packet = newPacket(net.world, {
    src: d.src,
    dst: d.dst,
    length: IP_HLEN + UDP_HLEN + d.data.length,
    payload: d.data,
    l4: { proto: 17, sport: d.sport, dport: d.dport },
  });
  return ipLocalOut(net, netns, packet, d.by);
}

/** udp_rcv: to a bound socket, or a listener (which may answer); otherwise ICMP port unreachable. */
export function udpRcv(net: Net, netns: Netns, packet: Packet, udp: UdpHeader): void {
  for (const sock of netns.sockets) {
    if (sock.kind === "udp" && sock.lport === udp.dport && (sock.local === 0 || sock.local === packet.dst)) {
      net.trace?.push({
        kind: "deliver",
        netns: netns.name,
        socket: `${sock.owner} (UDP port ${sock.lport})`,
      });
      sock.received.push({
        from: packet.src,
        data: packet.payload,
        seq: 0,
        ttl: packet.ttl,
        length: packet.length,
      });
      return;
    }
    if (
      sock.kind === "listen" &&
      sock.proto === 17 &&
      sock.port === udp.dport &&
      (sock.addr === 0 || sock.addr === packet.dst)
    ) {
      net.trace?.push({
        kind: "deliver",
        netns: netns.name,
        socket: `${sock.owner} (listening on UDP port ${sock.port})`,
      });
      sock.onData?.(packet.payload, packet.src, udp.sport);
      const answer = sock.answer?.(packet.payload);
      if (answer !== undefined)
        udpSend(net, netns, {
          src: packet.dst,
          sport: udp.dport,
          dst: packet.src,
          dport: udp.sport,
          data: answer,
          by: sock.owner,
        });
      return;
    }
  }
  net.trace?.push({
    kind: "drop",
    netns: netns.name,
    reason: `no socket on UDP port ${udp.dport} of ${formatAddr(packet.dst)}`,
  });
  icmpSend(net, netns, packet, ICMP.DEST_UNREACH, ICMP.PORT_UNREACH);
}
