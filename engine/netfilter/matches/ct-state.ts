import { IPS, type Conn } from "../../conntrack/conn";
import type { Packet } from "../../stack/packet";
import { CT_STATE } from "./ct-words";

/** nf_ct_get: the packet's connection; an untracked packet has none. */
export const connOf = (packet: Packet): Conn | undefined => (packet.untracked ? undefined : packet.ct);

/**
 * The packet's state bit as xt_conntrack computes it (XT_CONNTRACK_STATE_BIT): from ctinfo when it
 * has a connection (a reply counts as its original's state), UNTRACKED or INVALID otherwise.
 */
export function stateBit(packet: Packet): number {
  const ctinfo = packet.ctinfo;
  if (connOf(packet) && ctinfo !== undefined) return 1 << ((ctinfo % 3) + 1);
  return packet.untracked ? CT_STATE.UNTRACKED : CT_STATE.INVALID;
}

/** --ctstate's bits: the state, and SNAT/DNAT when the connection is NATed that way. */
export function ctstateBits(packet: Packet): number {
  const ct = connOf(packet);
  let bits = stateBit(packet);
  if (ct && ct.status & IPS.SRC_NAT) bits |= CT_STATE.SNAT;
  if (ct && ct.status & IPS.DST_NAT) bits |= CT_STATE.DNAT;
  return bits;
}
