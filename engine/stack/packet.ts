import type { Conn, CtInfo, CtTemplate } from "../conntrack/conn";

/** TCP header flag bits, as on the wire. */
export const TCP = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20 } as const;

export interface TcpHeader {
  readonly proto: 6;
  sport: number;
  dport: number;
  seq: number;
  ack: number;
  flags: number;
  window: number;
  /** The timestamp option (RFC 7323), when the header carries it: the sender's clock and its echo. */
  tsVal?: number;
  tsEcr?: number;
}

export interface UdpHeader {
  readonly proto: 17;
  sport: number;
  dport: number;
}

/** The IP header and first 8 bytes of the packet an ICMP error is about (RFC 792), which NAT rewrites too. */
export interface IcmpQuote {
  src: number;
  dst: number;
  readonly proto: number;
  /** TCP/UDP ports; for ICMP the id in `sport` and type << 8 | code in `dport`, as in a Tuple; 0 otherwise. */
  sport: number;
  dport: number;
}

export interface IcmpHeader {
  readonly proto: 1;
  readonly type: number;
  readonly code: number;
  /** Echo request/reply identifier (what NAT treats as the port) and sequence number. */
  id: number;
  readonly seq: number;
  /** For errors (destination unreachable, time exceeded): the packet this one is about. */
  readonly quote?: IcmpQuote;
}

export type L4Header = TcpHeader | UdpHeader | IcmpHeader;

/** The link-layer header a received packet came with (the skb's MAC header). */
export type LinkHeader =
  { readonly type: "ether"; readonly src: string; readonly dst: string } | { readonly type: "loopback" };

/**
 * One IPv4 packet on its way through a namespace: the headers NAT may rewrite, and the sk_buff's
 * metadata (mark, conntrack, devices). Mutable, as an skb is; the trace records copies.
 */
export interface Packet {
  /** A number for this packet in the trace (xtables-monitor's packet id). */
  readonly id: number;
  src: number;
  dst: number;
  readonly proto: number;
  ttl: number;
  tos: number;
  /** The IP identification field. */
  readonly ipId: number;
  /** Don't-fragment bit. */
  readonly df: boolean;
  /** Fragment offset in 8-byte units; non-zero only for second and later fragments (`-f`). */
  readonly fragOffset: number;
  /** Total length in bytes, IP header included: what iptables counters and tcpdump's `length` add up. */
  readonly length: number;
  readonly l4?: L4Header;
  /** Application bytes carried (an HTTP request, an nc line), counted in `length`. */
  readonly payload: string;

  // The sk_buff's metadata:
  /** nfmark, as MARK sets and `-m mark` reads. */
  mark: number;
  /** The device the packet came in by in this namespace ("" when locally generated). */
  iif: string;
  /** The device it leaves by, once routed ("" before). */
  oif: string;
  /** Set when the packet was received from a device; undefined for one made here. */
  link?: LinkHeader;
  /** For bridged packets: the bridge ports it entered and leaves by (physdev). */
  physIn: string;
  physOut: string;
  /** The connection the packet belongs to, and how (undefined: INVALID, or not yet looked up). */
  ct?: Conn;
  ctinfo?: CtInfo;
  /** The first CT rule's template, until conntrack reads it (nf_ct_zone_tmpl) and drops it. */
  ctTemplate?: CtTemplate;
  /** NOTRACK / `CT --notrack` set it: conntrack leaves the packet alone (state UNTRACKED). */
  untracked: boolean;
  /** The TRACE target set it: xtables-monitor prints this packet's path. */
  traced: boolean;
}
