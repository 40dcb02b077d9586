import { CTINFO, type CtInfo, type ManipType, type Tuple } from "../conntrack/conn";
import { invertTuple } from "../conntrack/tuple";
import type { Hook } from "../netfilter/hooks";

/** The protocols NAT treats specially: those with ports, ICMP (its echo id) and GRE. */
export const IPPROTO = { ICMP: 1, TCP: 6, UDP: 17, DCCP: 33, GRE: 47, SCTP: 132, UDPLITE: 136 } as const;

/**
 * nf_ct_invert_tuple on a tuple of a connection, or one derived from it by changing addresses and
 * ports: conntrack only makes connections whose tuples invert, so this one does too.
 */
export const invert = (t: Tuple): Tuple => invertTuple(t)!;

/** HOOK2MANIP: the source is rewritten on the way out (POSTROUTING) and in (INPUT), the destination before routing. */
export const hookManip = (hook: Hook): ManipType =>
  hook === "POSTROUTING" || hook === "INPUT" ? "SRC" : "DST";

/** Whether NAT rules may still run for a packet of this kind (the first of its connection, or related to one). */
export const isFirstOrRelated = (ctinfo: CtInfo): boolean =>
  ctinfo === CTINFO.NEW || ctinfo === CTINFO.RELATED || ctinfo === CTINFO.RELATED_REPLY;
