/** Connection tracking's data (include/net/netfilter/nf_conntrack*.h). */

/**
 * struct nf_conntrack_tuple for IPv4. For ICMP, `sport` holds the echo id and `dport` the type and
 * code (type << 8 | code), as the kernel keeps them in the same union.
 */
export interface Tuple {
  readonly src: number;
  readonly dst: number;
  readonly proto: number;
  readonly sport: number;
  readonly dport: number;
}

/** NF_CT_ZONE_DIR_*: the directions a zone id applies to; a tuple of the other direction is in zone 0. */
export const ZONE_DIR = { ORIG: 1, REPL: 2, BOTH: 3 } as const;

/** struct nf_conntrack_zone: `CT --zone` (BOTH), `--zone-orig` (ORIG) or `--zone-reply` (REPL). */
export interface CtZone {
  readonly id: number;
  readonly dir: number;
}

/** nf_ct_zone_id: the zone a tuple of the given direction lives in (no zone: zone 0). */
export const zoneIdOf = (zone: CtZone | undefined, reply: boolean): number =>
  zone !== undefined && zone.dir & (reply ? ZONE_DIR.REPL : ZONE_DIR.ORIG) ? zone.id : 0;

/** The template conntrack a CT rule attaches to a packet (nf_ct_tmpl_alloc): what new entries inherit. */
export interface CtTemplate {
  readonly zone: CtZone;
  /** NF_CT_FLAG_MARK (`--zone mark`): the id is the packet mark's low 16 bits when conntrack runs. */
  readonly zoneFromMark: boolean;
}

/** enum ip_conntrack_info: how a packet relates to its connection. */
export const CTINFO = {
  ESTABLISHED: 0,
  RELATED: 1,
  NEW: 2,
  ESTABLISHED_REPLY: 3,
  RELATED_REPLY: 4,
} as const;
export type CtInfo = (typeof CTINFO)[keyof typeof CTINFO];

export const isReply = (ctinfo: CtInfo): boolean => ctinfo >= CTINFO.ESTABLISHED_REPLY;

/** enum ip_conntrack_status bits (uapi nf_conntrack_common.h). */
export const IPS = {
  EXPECTED: 1 << 0,
  SEEN_REPLY: 1 << 1,
  ASSURED: 1 << 2,
  CONFIRMED: 1 << 3,
  SRC_NAT: 1 << 4,
  DST_NAT: 1 << 5,
  SEQ_ADJUST: 1 << 6,
  SRC_NAT_DONE: 1 << 7,
  DST_NAT_DONE: 1 << 8,
  DYING: 1 << 9,
  FIXED_TIMEOUT: 1 << 10,
  TEMPLATE: 1 << 11,
  UNTRACKED: 1 << 12,
  NAT_CLASH: 1 << 13,
} as const;

export const TCP_STATES = [
  "NONE",
  "SYN_SENT",
  "SYN_RECV",
  "ESTABLISHED",
  "FIN_WAIT",
  "CLOSE_WAIT",
  "LAST_ACK",
  "TIME_WAIT",
  "CLOSE",
  "SYN_SENT2",
] as const;
export type TcpState = (typeof TCP_STATES)[number];

/** get_conntrack_index: which row of the TCP transition table a packet's flags select. */
export type TcpIndex = "syn" | "synack" | "fin" | "ack" | "rst" | "none";

/** struct nf_conn. */
export interface Conn {
  /** Creation order in its namespace, for stable listing and the trace. */
  readonly id: number;
  /** The tuple of the first packet, as it was before any NAT. */
  readonly orig: Tuple;
  /** The tuple replies will carry; NAT rewrites it when it sets up a binding. */
  reply: Tuple;
  /** IPS bits. */
  status: number;
  /** Virtual-clock milliseconds at which the entry dies unless refreshed. */
  expires: number;
  /** ctmark, as CONNMARK sets and `-m connmark` reads. */
  mark: number;
  /** The zone its CT template gave it (nf_ct_zone); none: zone 0, as almost every entry is. */
  readonly zone?: CtZone;
  /** TCP only. */
  tcpState?: TcpState;
  /** TCP: the last in-window or ignored packet's direction and flag class (ct->proto.tcp.last_dir/last_index). */
  tcpLast?: { readonly reply: boolean; readonly index: TcpIndex };
  /** TCP: a FIN started the close (IP_CT_TCP_FLAG_CLOSE_INIT), so a new SYN may reopen the tuple. */
  tcpCloseInit?: boolean;
  /** UDP: before this time a reply does not yet make the flow a stream (ASSURED, 120 s). */
  streamAt?: number;
  /** For an entry created by an ICMP error or an expectation: the connection it is related to. */
  master?: Conn;
}

/** Which side's addresses a NAT binding rewrites (enum nf_nat_manip_type). */
export type ManipType = "SRC" | "DST";
