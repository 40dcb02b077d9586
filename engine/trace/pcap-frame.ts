import { IP_HLEN, TCP_HLEN, TCP_MSS_ONLY_HLEN, TCP_SYN_HLEN } from "../stack/build";
import type { IcmpHeader, Packet, TcpHeader } from "../stack/packet";
import type { FrameMacs } from "../world";

/**
 * A packet as the bytes of the Ethernet frame a device carries (smoltcp's `emit` from a parsed
 * header): Ethernet II, IPv4 and its TCP/UDP/ICMP header with correct checksums, then the payload.
 * What the model does not keep (ping's data pattern, DNS contents beyond the payload text) is zeros
 * of the right length, so lengths and checksums stay true.
 */

const ETH_HLEN = 14;
const ETHERTYPE_IPV4 = 0x0800;
const IP_DF = 0x4000;
/** The MSS and window scale a Linux SYN offers (as tcpdump-line prints them). */
const MSS = 1460;
const WSCALE = 7;
const TCPOPT = { NOP: 1, MSS: 2, WSCALE: 3, SACK_PERM: 4, TIMESTAMP: 8 } as const;

class Writer {
  readonly bytes: Uint8Array;
  at = 0;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }
  u8(value: number): void {
    this.bytes[this.at++] = value & 0xff;
  }
  u16(value: number): void {
    this.u8(value >>> 8);
    this.u8(value);
  }
  u32(value: number): void {
    this.u16(value >>> 16);
    this.u16(value);
  }
  octets(list: readonly number[]): void {
    for (const octet of list) this.u8(octet);
  }
  mac(text: string): void {
    const octets = text ? text.split(":").map((h) => parseInt(h, 16)) : [];
    for (let i = 0; i < 6; i++) this.u8(octets[i] ?? 0);
  }
  text(payload: string, room: number): void {
    // The model counts a payload's length in characters: one byte each.
    for (let i = 0; i < payload.length && i < room; i++) this.u8(payload.charCodeAt(i));
  }
}

/** The Internet checksum (RFC 1071) of bytes[from, to), with `initial` added in (a pseudo header). */
function checksum(bytes: Uint8Array, from: number, to: number, initial = 0): number {
  let sum = initial;
  for (let i = from; i < to; i += 2) sum += (bytes[i]! << 8) | (i + 1 < to ? bytes[i + 1]! : 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

function putChecksum(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 8;
  bytes[at + 1] = value & 0xff;
}

/** TCP and UDP checksums cover a pseudo header: addresses, protocol and the segment's length. */
function pseudoHeaderSum(packet: Packet, length: number): number {
  const { src, dst } = packet;
  return (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + packet.proto + length;
}

function ipv4Header(w: Writer, packet: Packet): void {
  const start = w.at;
  w.u8(0x45);
  w.u8(packet.tos);
  w.u16(packet.length);
  w.u16(packet.ipId);
  w.u16((packet.df ? IP_DF : 0) | packet.fragOffset);
  w.u8(packet.ttl);
  w.u8(packet.proto);
  w.u16(0);
  w.u32(packet.src);
  w.u32(packet.dst);
  putChecksum(w.bytes, start + 10, checksum(w.bytes, start, w.at));
}

/** The options Linux puts in a header of this length (the same reading as tcpdump-line's). */
function tcpOptions(w: Writer, tcp: TcpHeader, hlen: number): void {
  const mss = [TCPOPT.MSS, 4, MSS >>> 8, MSS & 0xff];
  const timestamp = () => {
    w.octets([TCPOPT.TIMESTAMP, 10]);
    w.u32(tcp.tsVal ?? 0);
    w.u32(tcp.tsEcr ?? 0);
  };
  if (hlen === TCP_SYN_HLEN) {
    w.octets([...mss, TCPOPT.SACK_PERM, 2]);
    timestamp();
    w.octets([TCPOPT.NOP, TCPOPT.WSCALE, 3, WSCALE]);
  } else if (hlen === TCP_HLEN) {
    w.octets([TCPOPT.NOP, TCPOPT.NOP]);
    timestamp();
  } else if (hlen === TCP_MSS_ONLY_HLEN) w.octets(mss);
}

function tcpSegment(w: Writer, packet: Packet, tcp: TcpHeader): void {
  const start = w.at;
  const length = packet.length - IP_HLEN;
  const hlen = length - packet.payload.length;
  w.u16(tcp.sport);
  w.u16(tcp.dport);
  w.u32(tcp.seq);
  w.u32(tcp.ack);
  w.u8((hlen / 4) << 4);
  w.u8(tcp.flags);
  w.u16(tcp.window);
  w.u16(0);
  w.u16(0);
  tcpOptions(w, tcp, hlen);
  w.at = start + hlen;
  w.text(packet.payload, length - hlen);
  putChecksum(w.bytes, start + 16, checksum(w.bytes, start, start + length, pseudoHeaderSum(packet, length)));
}

function udpDatagram(w: Writer, packet: Packet, sport: number, dport: number): void {
  const start = w.at;
  const length = packet.length - IP_HLEN;
  w.u16(sport);
  w.u16(dport);
  w.u16(length);
  w.u16(0);
  w.text(packet.payload, length - 8);
  // A computed 0 is sent as 0xffff: 0 means "no checksum" in UDP.
  const sum = checksum(w.bytes, start, start + length, pseudoHeaderSum(packet, length));
  putChecksum(w.bytes, start + 6, sum || 0xffff);
}

/** The quoted packet of an ICMP error: its IP header and the first 8 bytes of its L4 header. */
function icmpQuote(w: Writer, icmp: IcmpHeader, room: number): void {
  const q = icmp.quote;
  if (!q) return;
  const start = w.at;
  w.u8(0x45);
  w.u8(0);
  w.u16(room);
  w.u16(0);
  w.u16(0);
  w.u8(1);
  w.u8(q.proto);
  w.u16(0);
  w.u32(q.src);
  w.u32(q.dst);
  putChecksum(w.bytes, start + 10, checksum(w.bytes, start, w.at));
  if (q.proto === 1) {
    w.u8(q.dport >>> 8);
    w.u8(q.dport);
    w.u16(0);
    w.u16(q.sport);
  } else {
    w.u16(q.sport);
    w.u16(q.dport);
  }
}

function icmpMessage(w: Writer, packet: Packet, icmp: IcmpHeader): void {
  const start = w.at;
  const length = packet.length - IP_HLEN;
  w.u8(icmp.type);
  w.u8(icmp.code);
  w.u16(0);
  if (icmp.quote) {
    w.u32(0);
    icmpQuote(w, icmp, length - 8);
  } else {
    w.u16(icmp.id);
    w.u16(icmp.seq);
    w.text(packet.payload, length - 8);
  }
  putChecksum(w.bytes, start + 2, checksum(w.bytes, start, start + length));
}

/** The frame's bytes: Ethernet header (lo's "" addresses are zeros), then the `packet.length` bytes of IP. */
export function ethernetFrame(packet: Packet, macs: FrameMacs): Uint8Array {
  const w = new Writer(ETH_HLEN + packet.length);
  w.mac(macs.dst);
  w.mac(macs.src);
  w.u16(ETHERTYPE_IPV4);
  ipv4Header(w, packet);
  const { l4 } = packet;
  if (l4?.proto === 6) tcpSegment(w, packet, l4);
  else if (l4?.proto === 17) udpDatagram(w, packet, l4.sport, l4.dport);
  else if (l4?.proto === 1) icmpMessage(w, packet, l4);
  return w.bytes;
}
