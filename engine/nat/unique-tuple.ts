import type { ManipType, Tuple } from "../conntrack/conn";
import { nextU16, type Rng } from "../rng";
import { jhash2, rawBe32, reciprocalScale } from "./jhash";
import { NF_NAT_RANGE, PROTO_RANDOM_ALL, type NatRange } from "./range";
import { IPPROTO } from "./tuple";

/** What the search may ask about the rest of the namespace (nf_nat_core.c's helpers). */
export interface TupleSearch {
  /** nf_nat_used_tuple: would a connection with this original tuple clash with another one's reply? */
  readonly used: (tuple: Tuple) => boolean;
  /** find_appropriate_src: the source an earlier connection from the same source was mapped to, if in range. */
  readonly appropriateSrc: (orig: Tuple, range: NatRange) => Tuple | undefined;
  readonly rng: Rng;
}

/** nf_nat_l4proto_unique_tuple's give-up schedule: 128, then halves down to 8 (248 tries at most). */
const MAX_ATTEMPTS = 128;

const PORT_PROTOCOLS: ReadonlySet<number> = new Set([
  IPPROTO.TCP,
  IPPROTO.UDP,
  IPPROTO.UDPLITE,
  IPPROTO.DCCP,
  IPPROTO.SCTP,
]);

/** The tuple field NAT rewrites for this protocol and manip: the echo id for ICMP (always `sport`). */
function keyField(proto: number, manip: ManipType): "sport" | "dport" | undefined {
  if (proto === IPPROTO.ICMP) return "sport";
  if (PORT_PROTOCOLS.has(proto) || proto === IPPROTO.GRE) return manip === "SRC" ? "sport" : "dport";
  return undefined;
}

/** `t` with its manipulable port (or echo id) set, as one literal (a computed-key spread is much slower). */
const withPort = (t: Tuple, key: "sport" | "dport", port: number): Tuple =>
  key === "sport"
    ? { src: t.src, dst: t.dst, proto: t.proto, sport: port, dport: t.dport }
    : { src: t.src, dst: t.dst, proto: t.proto, sport: t.sport, dport: port };

/** l4proto_in_range: is the manipulable port (or echo id) within [min, max]? */
function l4protoInRange(t: Tuple, manip: ManipType, min: number, max: number): boolean {
  const key = keyField(t.proto, manip);
  return key === undefined || (t[key] >= min && t[key] <= max);
}

/** in_range: would mapping the source to this tuple's source satisfy the range? */
export function inRange(t: Tuple, range: NatRange): boolean {
  if (range.flags & NF_NAT_RANGE.MAP_IPS && !(t.src >= range.minAddr && t.src <= range.maxAddr)) return false;
  if (!(range.flags & NF_NAT_RANGE.PROTO_SPECIFIED)) return true;
  return l4protoInRange(t, "SRC", range.minProto, range.maxProto);
}

/**
 * find_best_ips_proto: one address → that address; a range → a hash of the source (and, unless
 * --persistent, the destination), so a client keeps its address across connections.
 */
function bestIps(t: Tuple, range: NatRange, manip: ManipType): Tuple {
  if (!(range.flags & NF_NAT_RANGE.MAP_IPS)) return t;
  let addr = range.minAddr;
  if (range.minAddr !== range.maxAddr) {
    const persistent = range.flags & NF_NAT_RANGE.PERSISTENT;
    // The kernel hashes the whole 16-byte nf_inet_addr of the source, as raw (big-endian) words.
    const j = jhash2([rawBe32(t.src), 0, 0, 0], persistent ? 0 : rawBe32(t.dst));
    addr = (range.minAddr + reciprocalScale(j, range.maxAddr - range.minAddr + 1)) >>> 0;
  }
  return manip === "SRC" ? { ...t, src: addr } : { ...t, dst: addr };
}

/** The ports a source port may move to when no range was given: its own class (privileged or not). */
function portClass(port: number): { min: number; size: number } {
  if (port < 512) return { min: 1, size: 511 };
  if (port < 1024) return { min: 600, size: 424 };
  return { min: 1024, size: 64512 };
}

/**
 * nf_nat_l4proto_unique_tuple: from a random offset (or the --to-ports "/base" shift), try ports
 * upwards until one is free; after a full window, halve it and restart elsewhere. On giving up the
 * last (used) candidate stays, and the conntrack insert fails at confirm.
 */
function l4protoUniqueTuple(t: Tuple, range: NatRange, manip: ManipType, search: TupleSearch): Tuple {
  const key = keyField(t.proto, manip);
  // GRE keys only change for PPTP's expected connections, which this model has none of.
  if (key === undefined || t.proto === IPPROTO.GRE) return t;
  let min: number;
  let size: number;
  if (range.flags & NF_NAT_RANGE.PROTO_SPECIFIED) {
    min = Math.min(range.minProto, range.maxProto);
    size = Math.abs(range.maxProto - range.minProto) + 1;
    // ICMP takes the range as given, with C's unsigned wrap when it is reversed.
    if (t.proto === IPPROTO.ICMP) [min, size] = [range.minProto, (range.maxProto - range.minProto + 1) >>> 0];
  } else if (t.proto === IPPROTO.ICMP) {
    [min, size] = [0, 65536];
  } else {
    // DNAT without ports never moves the destination port.
    if (manip === "DST") return t;
    ({ min, size } = portClass(t[key]));
  }

  let off =
    range.flags & NF_NAT_RANGE.PROTO_OFFSET ? (t[key] - range.baseProto) & 0xffff : nextU16(search.rng);
  let attempts = Math.min(size, MAX_ATTEMPTS);
  let candidate = t;
  for (;;) {
    for (let i = 0; i < attempts; i++, off = (off + 1) & 0xffff) {
      candidate = withPort(t, key, (min + (off % size)) & 0xffff);
      if (!search.used(candidate)) return candidate;
    }
    if (attempts >= size || attempts < 16) return candidate;
    attempts >>>= 1;
    off = nextU16(search.rng);
  }
}

/**
 * get_unique_tuple: the original tuple `orig` (the inverse of the current reply) mapped into `range`
 * on the `manip` side, unique if possible. For SNAT without random ports it first keeps the tuple
 * as it is (source-port preservation) or reuses an earlier mapping of the same source.
 */
export function getUniqueTuple(orig: Tuple, range: NatRange, manip: ManipType, search: TupleSearch): Tuple {
  const randomAll = range.flags & PROTO_RANDOM_ALL;
  if (manip === "SRC" && !randomAll) {
    if (inRange(orig, range)) {
      if (!search.used(orig)) return orig;
    } else {
      const earlier = search.appropriateSrc(orig, range);
      if (earlier && !search.used(earlier)) return earlier;
    }
  }

  const tuple = bestIps(orig, range, manip);
  if (!randomAll) {
    if (range.flags & NF_NAT_RANGE.PROTO_SPECIFIED) {
      if (
        !(range.flags & NF_NAT_RANGE.PROTO_OFFSET) &&
        l4protoInRange(tuple, manip, range.minProto, range.maxProto) &&
        (range.minProto === range.maxProto || !search.used(tuple))
      )
        return tuple;
    } else if (!search.used(tuple)) {
      return tuple;
    }
  }
  return l4protoUniqueTuple(tuple, range, manip, search);
}
