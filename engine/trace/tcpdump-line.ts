import { formatAddr } from "../iptables/address";
import { serviceName } from "../iptables/netdb";
import { IP_HLEN, TCP_HLEN, TCP_MSS_ONLY_HLEN, TCP_SYN_HLEN } from "../stack/build";
import { TCP, type IcmpHeader, type Packet, type TcpHeader } from "../stack/packet";
import { HTTP_PORTS, httpText } from "./http-text";
import type { TcpSeqTable } from "./tcp-seq";

/** What the line depends on beyond the packet: -n, the capture's conversation memory, the clock. */
export interface LineContext {
  /** -n: addresses and ports as numbers. */
  readonly numeric: boolean;
  readonly seqs: TcpSeqTable;
  readonly clockMs: number;
}

/** The MSS and window scale a Linux SYN offers on a 1500-byte link. */
const MSS = 1460;
const WSCALE = 7;

/** HH:MM:SS.ffffff in UTC, as tcpdump prints its default timestamps with TZ=UTC. */
export function timestamp(clockMs: number): string {
  const date = new Date(clockMs);
  const two = (n: number) => String(n).padStart(2, "0");
  const micros = String(date.getUTCMilliseconds() * 1000).padStart(6, "0");
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${micros}`;
}

const host = (addr: number, ctx: LineContext) =>
  !ctx.numeric && addr >>> 0 === 0x7f000001 ? "localhost" : formatAddr(addr);

function port(num: number, proto: "tcp" | "udp", ctx: LineContext): string {
  return ctx.numeric ? String(num) : (serviceName(num, proto) ?? String(num));
}

/** tcp_flag_values in tcpdump's order: F S R P . U. */
function tcpFlags(flags: number): string {
  const letters: [number, string][] = [
    [TCP.FIN, "F"],
    [TCP.SYN, "S"],
    [TCP.RST, "R"],
    [TCP.PSH, "P"],
    [TCP.ACK, "."],
    [TCP.URG, "U"],
  ];
  const text = letters
    .filter(([bit]) => flags & bit)
    .map(([, letter]) => letter)
    .join("");
  return text || "none";
}

/** The options Linux puts in a header of this size: SYN's full set, timestamps, MSS alone, or none. */
function tcpOptions(tcp: TcpHeader, hlen: number): string {
  const ts = () => `TS val ${tcp.tsVal ?? 0} ecr ${tcp.tsEcr ?? 0}`;
  if (hlen === TCP_SYN_HLEN) return `, options [mss ${MSS},sackOK,${ts()},nop,wscale ${WSCALE}]`;
  if (hlen === TCP_HLEN) return `, options [nop,nop,${ts()}]`;
  if (hlen === TCP_MSS_ONLY_HLEN) return `, options [mss ${MSS}]`;
  return "";
}

function tcpText(packet: Packet, tcp: TcpHeader, ctx: LineContext): string {
  const data = packet.payload.length;
  const hlen = packet.length - IP_HLEN - data;
  let { seq, ack } = tcp;
  // tcpdump keeps conversations only from segments that carry an ACK.
  if (tcp.flags & TCP.ACK)
    ({ seq, ack } = ctx.seqs.relative(
      packet.src,
      tcp.sport,
      packet.dst,
      tcp.dport,
      seq,
      ack,
      (tcp.flags & TCP.SYN) !== 0,
    ));
  let text = `Flags [${tcpFlags(tcp.flags)}]`;
  if (data > 0 || tcp.flags & (TCP.SYN | TCP.FIN | TCP.RST))
    text += `, seq ${seq}${data > 0 ? `:${(seq + data) >>> 0}` : ""}`;
  if (tcp.flags & TCP.ACK) text += `, ack ${ack}`;
  text += `, win ${tcp.window}${tcpOptions(tcp, hlen)}, length ${data}`;
  if (data > 0 && (HTTP_PORTS.has(tcp.sport) || HTTP_PORTS.has(tcp.dport))) text += httpText(packet.payload);
  return text;
}

/** print-icmp.c's words for Destination Unreachable codes other than port and protocol. */
const UNREACH: Readonly<Record<number, string>> = {
  0: "net %s unreachable",
  1: "host %s unreachable",
  4: "%s unreachable - need to frag",
  5: "%s unreachable - source route failed",
  6: "net %s unreachable - unknown",
  7: "host %s unreachable - unknown",
  8: "%s unreachable - source host isolated",
  9: "net %s unreachable - admin prohibited",
  10: "host %s unreachable - admin prohibited",
  11: "net %s unreachable - tos prohibited",
  12: "host %s unreachable - tos prohibited",
  13: "host %s unreachable - admin prohibited filter",
  14: "host %s unreachable - host precedence violation",
  15: "host %s unreachable - precedence cutoff",
};

const ICMP_TYPES: Readonly<Record<number, string>> = {
  4: "source quench",
  10: "router solicitation",
  13: "time stamp request",
  15: "information request",
  16: "information reply",
  17: "address mask request",
};

function icmpWhat(icmp: IcmpHeader, ctx: LineContext): string {
  const quoted = icmp.quote ? host(icmp.quote.dst, ctx) : "";
  switch (icmp.type) {
    case 0:
    case 8:
      return `echo ${icmp.type === 8 ? "request" : "reply"}, id ${icmp.id}, seq ${icmp.seq}`;
    case 3:
      if (icmp.code === 2) return `${quoted} protocol ${icmp.quote?.proto ?? 0} unreachable`;
      if (icmp.code === 3) {
        const q = icmp.quote;
        if (q?.proto === 6 || q?.proto === 17)
          return `${quoted} ${q.proto === 6 ? "tcp" : "udp"} port ${port(q.dport, q.proto === 6 ? "tcp" : "udp", ctx)} unreachable`;
        return `${quoted} protocol ${q?.proto ?? 0} port ${q?.dport ?? 0} unreachable`;
      }
      return (UNREACH[icmp.code] ?? `%s unreachable - #${icmp.code}`).replace("%s", quoted);
    case 11:
      return icmp.code === 0
        ? "time exceeded in-transit"
        : icmp.code === 1
          ? "ip reassembly time exceeded"
          : `time exceeded-#${icmp.code}`;
    default:
      return ICMP_TYPES[icmp.type] ?? `type-#${icmp.type}`;
  }
}

/** A DNS header is 12 bytes: tcpdump decodes port 53 as DNS and calls a shorter datagram invalid. */
const DNS_PORT = 53;
const DNS_HLEN = 12;

/** udp_print: port 53 goes to domain_print, the rest prints as plain UDP. */
function udpText(sport: number, dport: number, length: number): string {
  if ((sport === DNS_PORT || dport === DNS_PORT) && length < DNS_HLEN)
    return `domain [length ${length} < ${DNS_HLEN}] (invalid)`;
  return `UDP, length ${length}`;
}

/** One packet as `tcpdump -i DEV [-n]` prints it (4.99, no -v): timestamp, `IP`, ends, and the protocol's part. */
export function tcpdumpLine(packet: Packet, ctx: LineContext): string {
  const { l4 } = packet;
  const src = host(packet.src, ctx);
  const dst = host(packet.dst, ctx);
  let body: string;
  switch (l4?.proto) {
    case 6:
      body = `${src}.${port(l4.sport, "tcp", ctx)} > ${dst}.${port(l4.dport, "tcp", ctx)}: ${tcpText(packet, l4, ctx)}`;
      break;
    case 17:
      body = `${src}.${port(l4.sport, "udp", ctx)} > ${dst}.${port(l4.dport, "udp", ctx)}: ${udpText(l4.sport, l4.dport, packet.length - IP_HLEN - 8)}`;
      break;
    case 1:
      body = `${src} > ${dst}: ICMP ${icmpWhat(l4, ctx)}, length ${packet.length - IP_HLEN}`;
      break;
    default:
      body = `${src} > ${dst}:  ip-proto-${packet.proto} ${packet.length - IP_HLEN}`;
  }
  return `${timestamp(ctx.clockMs)} IP ${body}\n`;
}
