import type { IcmpHeader } from "../stack/packet";
import type { Netns } from "../world";
import { CTINFO, type Conn, type CtInfo, type CtZone } from "./conn";
import { refresh, type L4Context, type L4Verdict } from "./l4";
import { findConn, tupleEqual } from "./table";
import { icmpTypeOf, invertTuple } from "./tuple";
import { timeoutMs } from "./timeouts";

/** NR_ICMP_TYPES: RFC 1122 says unknown types above it are dropped silently; conntrack calls them invalid. */
const NR_ICMP_TYPES = 18;

/** icmp_is_err: destination unreachable, source quench, redirect, time exceeded, parameter problem. */
const ERROR_TYPES: ReadonlySet<number> = new Set([3, 4, 5, 11, 12]);

/** The requests that may open an ICMP "connection": echo, timestamp, information and address mask. */
const VALID_NEW: ReadonlySet<number> = new Set([8, 13, 15, 17]);

export const isIcmpError = (icmp: IcmpHeader): boolean => ERROR_TYPES.has(icmp.type);
export const isIcmpTypeKnown = (icmp: IcmpHeader): boolean => icmp.type <= NR_ICMP_TYPES;

/** nf_conntrack_icmp_packet: only a request can own an entry; every packet refreshes it to 30 s. ICMP is never assured. */
export function icmpPacket(ctx: L4Context): L4Verdict {
  if (!VALID_NEW.has(icmpTypeOf(ctx.conn.orig))) return "invalid";
  refresh(ctx, timeoutMs(ctx.netns, "icmp_timeout"));
  return "accept";
}

/**
 * nf_conntrack_inet_error: an ICMP error belongs to the connection of the packet it quotes, in the
 * direction that packet's answer would travel. The outer destination must be the one that connection
 * expects in that direction (else a host could relate an error to someone else's connection). The
 * quoted connection is looked up in the error's own template zone.
 */
export function icmpErrorConn(
  netns: Netns,
  now: number,
  outerDst: number,
  icmp: IcmpHeader,
  zone: CtZone | undefined,
): { conn: Conn; ctinfo: CtInfo } | undefined {
  const { quote } = icmp;
  if (!quote) return undefined;
  // A quoted ICMP packet carries its id in `sport` and its type << 8 | code in `dport`, as a tuple does.
  const inner = invertTuple({ ...quote });
  if (!inner) return undefined;
  const conn = findConn(netns.conntrack, inner, now, zone);
  if (!conn) return undefined;
  const reply = !tupleEqual(conn.orig, inner);
  const expectedDst = reply ? conn.reply.dst : conn.orig.dst;
  if (expectedDst !== outerDst) return undefined;
  return { conn, ctinfo: reply ? CTINFO.RELATED_REPLY : CTINFO.RELATED };
}
