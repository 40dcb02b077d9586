/** What a NAT binding maps a connection to: struct nf_nat_range2 (uapi nf_nat.h), IPv4 only. */

/** NF_NAT_RANGE_* flag bits. */
export const NF_NAT_RANGE = {
  MAP_IPS: 1,
  PROTO_SPECIFIED: 2,
  PROTO_RANDOM: 4,
  PERSISTENT: 8,
  PROTO_RANDOM_FULLY: 16,
  PROTO_OFFSET: 32,
} as const;

/** NF_NAT_RANGE_PROTO_RANDOM_ALL: either kind of random port skips every attempt to keep the original. */
export const PROTO_RANDOM_ALL = NF_NAT_RANGE.PROTO_RANDOM | NF_NAT_RANGE.PROTO_RANDOM_FULLY;

export interface NatRange {
  readonly flags: number;
  /** Unsigned 32-bit addresses; used with MAP_IPS. */
  readonly minAddr: number;
  readonly maxAddr: number;
  /** Ports, or the ICMP echo id; used with PROTO_SPECIFIED. */
  readonly minProto: number;
  readonly maxProto: number;
  /** With PROTO_OFFSET: the original port that maps to minProto. */
  readonly baseProto: number;
}

/**
 * __nf_nat_alloc_null_binding's range: this one address and no port range, so that the port is kept
 * unless the tuple clashes.
 */
export const nullRange = (addr: number): NatRange => ({
  flags: NF_NAT_RANGE.MAP_IPS,
  minAddr: addr,
  maxAddr: addr,
  minProto: 0,
  maxProto: 0,
  baseProto: 0,
});
