import { CTINFO, isReply } from "../conntrack/conn";
import { addressType, fibLookup } from "../route/lookup";
import type { Netns } from "../world";
import { ICMP_HLEN, IP_HLEN, newPacket } from "./build";
import type { Net } from "./net";
import { ipLocalOut } from "./output";
import type { IcmpQuote, Packet } from "./packet";

export const ICMP = {
  ECHO_REPLY: 0,
  DEST_UNREACH: 3,
  ECHO_REQUEST: 8,
  TIME_EXCEEDED: 11,
  // DEST_UNREACH codes:
  NET_UNREACH: 0,
  HOST_UNREACH: 1,
  PORT_UNREACH: 3,
  PKT_FILTERED: 13,
} as const;

/** An ICMP error quotes at most this much of the offending packet (576 bytes minus its own headers). */
const QUOTE_ROOM = 576 - IP_HLEN - ICMP_HLEN;

const isError = (type: number) => type === 3 || type === 4 || type === 5 || type === 11 || type === 12;

function quoteOf(packet: Packet): IcmpQuote {
  const { l4 } = packet;
  // Laid out as a conntrack Tuple: ports, or for ICMP the echo id and type << 8 | code.
  const ports =
    l4?.proto === 6 || l4?.proto === 17
      ? { sport: l4.sport, dport: l4.dport }
      : l4?.proto === 1
        ? { sport: l4.id, dport: (l4.type << 8) | l4.code }
        : { sport: 0, dport: 0 };
  return { src: packet.src, dst: packet.dst, proto: packet.proto, ...ports };
}

/**
 * nf_ct_attach: a packet made in answer to another (REJECT's error or reset) belongs to that
 * packet's connection, as RELATED in the other direction — even while the connection is not yet
 * confirmed, where a lookup would find nothing (checked on the kernel: REJECT's ICMP error meets
 * OUTPUT as ctstate RELATED, and the rejected connection is never confirmed).
 */
export function attachRelated(answer: Packet, offending: Packet): void {
  if (!offending.ct || offending.ctinfo === undefined) return;
  answer.ct = offending.ct;
  answer.ctinfo = isReply(offending.ctinfo) ? CTINFO.RELATED : CTINFO.RELATED_REPLY;
}

/**
 * icmp_xmit_lock: the kernel sends its ICMP messages from one socket, locked while a message is on
 * its way out. An icmp_send meanwhile finds it taken and sends nothing: REJECT in OUTPUT of the
 * kernel's own echo reply drops it without a word (checked on the kernel: the rule counts the reply,
 * and no error follows).
 */
let icmpSocketBusy = false;

/** icmp_reply: the kernel's answer to an ICMP request, sent while its ICMP socket is locked. */
export function icmpReply(net: Net, netns: Netns, reply: Packet): void {
  icmpSocketBusy = true;
  try {
    ipLocalOut(net, netns, reply);
  } finally {
    icmpSocketBusy = false;
  }
}

/**
 * icmp_send: an ICMP error about `offending`, back to its source. Never about an ICMP error, a
 * broadcast, or a non-first fragment. The source is the offending packet's destination when that is
 * one of ours, else the address the route back prefers.
 */
export function icmpSend(
  net: Net,
  netns: Netns,
  offending: Packet,
  type: number,
  code: number,
  related = false,
): void {
  const l4 = offending.l4;
  if (icmpSocketBusy || (l4?.proto === 1 && isError(l4.type))) return;
  if (offending.fragOffset !== 0 || addressType(netns, offending.dst) === "BROADCAST") return;
  const back = fibLookup(netns, offending.src);
  if (typeof back === "string") return;
  const src = addressType(netns, offending.dst) === "LOCAL" ? offending.dst : back.prefsrc;
  const length = IP_HLEN + ICMP_HLEN + Math.min(offending.length, QUOTE_ROOM);
  const error = newPacket(net.world, {
    src,
    dst: offending.src,
    length,
    l4: { proto: 1, type, code, id: 0, seq: 0, quote: quoteOf(offending) },
  });
  if (related) attachRelated(error, offending);
  ipLocalOut(net, netns, error);
}
