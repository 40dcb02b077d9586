import type { Packet } from "../stack/packet";
import type { Tuple } from "./conn";

export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

/** icmp_invert_tuple's invmap: the queries conntrack knows and their answers, both ways. */
const ICMP_INVERSE: Readonly<Record<number, number>> = {
  8: 0, // echo → echo reply
  0: 8,
  13: 14, // timestamp
  14: 13,
  15: 16, // information request
  16: 15,
  17: 18, // address mask
  18: 17,
};

/** The ICMP type and code as the tuple keeps them in `dport`. */
export const icmpTypeOf = (t: Tuple): number => t.dport >> 8;
export const icmpCodeOf = (t: Tuple): number => t.dport & 0xff;

/**
 * nf_ct_get_tuple: the tuple a packet carries. TCP and UDP give their ports, ICMP its id (in `sport`)
 * and type/code (in `dport`), every other protocol zeros (the generic tracker).
 */
export function tupleOf(packet: Packet): Tuple | undefined {
  const { src, dst, proto, l4 } = packet;
  if (proto === IPPROTO_TCP || proto === IPPROTO_UDP || proto === IPPROTO_ICMP) {
    if (!l4 || packet.fragOffset !== 0) return undefined;
    if (l4.proto === IPPROTO_ICMP) return { src, dst, proto, sport: l4.id, dport: (l4.type << 8) | l4.code };
    return { src, dst, proto, sport: l4.sport, dport: l4.dport };
  }
  return { src, dst, proto, sport: 0, dport: 0 };
}

/**
 * nf_ct_invert_tuple: the tuple the other direction carries. ICMP types with no answer (anything but
 * the four queries and their replies) cannot be inverted, so they cannot have a connection.
 */
export function invertTuple(t: Tuple): Tuple | undefined {
  if (t.proto !== IPPROTO_ICMP)
    return { src: t.dst, dst: t.src, proto: t.proto, sport: t.dport, dport: t.sport };
  const inverse = ICMP_INVERSE[icmpTypeOf(t)];
  if (inverse === undefined) return undefined;
  return { src: t.dst, dst: t.src, proto: t.proto, sport: t.sport, dport: (inverse << 8) | icmpCodeOf(t) };
}
