import { CTINFO, IPS, isReply, type Conn, type CtInfo, type ManipType, type Tuple } from "../conntrack/conn";
import type { Hook } from "../netfilter/hooks";
import type { IcmpQuote, Packet } from "../stack/packet";
import { hookManip, invert, IPPROTO } from "./tuple";

const NAT_MASK = IPS.SRC_NAT | IPS.DST_NAT;
const NAT_DONE_MASK = IPS.SRC_NAT_DONE | IPS.DST_NAT_DONE;
const ICMP_REDIRECT = 5;

const opposite = (manip: ManipType): ManipType => (manip === "SRC" ? "DST" : "SRC");

/**
 * Which status bit says this hook has work on a packet going this way: a source binding is undone
 * on the destination of replies, and the other way round.
 */
function statusBit(manip: ManipType, ctinfo: CtInfo): number {
  const bit = manip === "SRC" ? IPS.SRC_NAT : IPS.DST_NAT;
  return isReply(ctinfo) ? bit ^ NAT_MASK : bit;
}

/** The tuple of the other direction (ct->tuplehash[!dir]). */
const otherDirection = (conn: Conn, ctinfo: CtInfo): Tuple => (isReply(ctinfo) ? conn.orig : conn.reply);

/**
 * nf_nat_ipv4_manip_pkt on the packet's own headers: the `manip` side's address and port take the
 * target's. For ICMP the kernel writes the echo id whatever the manip, and does so for ICMP errors
 * too, into the header's unused bytes.
 */
function manipPacket(packet: Packet, target: Tuple, manip: ManipType): void {
  const { l4 } = packet;
  if (l4?.proto === IPPROTO.TCP || l4?.proto === IPPROTO.UDP) {
    if (manip === "SRC") l4.sport = target.sport;
    else l4.dport = target.dport;
  } else if (l4?.proto === IPPROTO.ICMP) {
    l4.id = target.sport;
  }
  if (manip === "SRC") packet.src = target.src;
  else packet.dst = target.dst;
}

/** nf_nat_ipv4_manip_pkt on the header an ICMP error quotes. */
function manipQuote(quote: IcmpQuote, target: Tuple, manip: ManipType): void {
  if (quote.proto === IPPROTO.ICMP) quote.sport = target.sport;
  else if (manip === "SRC") quote.sport = target.sport;
  else quote.dport = target.dport;
  if (manip === "SRC") quote.src = target.src;
  else quote.dst = target.dst;
}

/**
 * nf_nat_packet: makes the packet look like the inverse of the other direction's tuple on this
 * hook's side, if the connection was NATed that way.
 */
export function natPacket(packet: Packet, conn: Conn, ctinfo: CtInfo, hook: Hook): void {
  const manip = hookManip(hook);
  if (conn.status & statusBit(manip, ctinfo))
    manipPacket(packet, invert(otherDirection(conn, ctinfo)), manip);
}

/**
 * nf_nat_icmp_reply_translation: an ICMP error about one of the connection's packets. The quoted
 * packet went the other way, so it gets the opposite manip from the other direction's tuple; then
 * the outer header is NATed as a reply would be. False means drop (a redirect about NATed traffic).
 */
export function icmpReplyTranslation(packet: Packet, conn: Conn, ctinfo: CtInfo, hook: Hook): boolean {
  const icmp = packet.l4?.proto === IPPROTO.ICMP ? packet.l4 : undefined;
  if (icmp?.type === ICMP_REDIRECT) {
    if ((conn.status & NAT_DONE_MASK) !== NAT_DONE_MASK || conn.status & NAT_MASK) return false;
  }
  const manip = hookManip(hook);
  if (!(conn.status & statusBit(manip, ctinfo))) return true;
  const other = otherDirection(conn, ctinfo);
  if (icmp?.quote) manipQuote(icmp.quote, other, opposite(manip));
  manipPacket(packet, invert(other), manip);
  return true;
}

/** ICMP errors reach NAT with the connection they are about, as RELATED (or RELATED_REPLY). */
export const isIcmpError = (packet: Packet, ctinfo: CtInfo): boolean =>
  packet.proto === IPPROTO.ICMP && (ctinfo === CTINFO.RELATED || ctinfo === CTINFO.RELATED_REPLY);
