import { isReply, type Conn, type CtInfo } from "../conntrack/conn";
import type { Hook } from "../netfilter/hooks";
import type { XtContext } from "../netfilter/xt-context";
import { fibRoute, inetSelectAddr } from "../route/lookup";
import type { Packet } from "../stack/packet";
import { NF_NAT_RANGE, type NatRange } from "./range";
import { natSetupInfo, type NatVerdict } from "./setup";

/** nf_conn_nat.masq_index: the ifindex a connection was masqueraded out of. */
const masqIndex = new WeakMap<Conn, number>();

/**
 * nf_nat_masquerade_ipv4: SNAT to the outgoing device's address, keeping the rule's ports and flags.
 * A connection from 0.0.0.0 (a local socket before it has an address) is left alone. The device is
 * remembered, so that the connection dies if it ever leaves by another one.
 */
export function masqueradeIpv4(ctx: XtContext, packet: Packet, conn: Conn, range: NatRange): NatVerdict {
  if (conn.orig.src === 0) return "ACCEPT";
  const out = ctx.netns.links.get(packet.oif);
  // rt_nexthop: the route's gateway, or the destination itself on a connected route.
  const nexthop = fibRoute(ctx.netns, packet.dst, packet.oif)?.gateway ?? packet.dst;
  const newsrc = out && inetSelectAddr(ctx.netns, out.name, nexthop, "global");
  if (!out || newsrc === undefined) {
    ctx.log(`${packet.oif} ate my IP address`);
    return "DROP";
  }
  masqIndex.set(conn, out.index);
  const masq = {
    ...range,
    flags: range.flags | NF_NAT_RANGE.MAP_IPS,
    minAddr: newsrc,
    maxAddr: newsrc,
    baseProto: 0,
  };
  return natSetupInfo(ctx.world, ctx.netns, conn, masq, "SRC");
}

/** nf_nat_oif_changed: an original-direction packet of a masqueraded connection leaving by another device. */
export function masqOifChanged(
  hook: Hook,
  ctinfo: CtInfo,
  conn: Conn,
  outIndex: number | undefined,
): boolean {
  const index = masqIndex.get(conn);
  return index !== undefined && hook === "POSTROUTING" && !isReply(ctinfo) && index !== outIndex;
}
