import type { Conn } from "../conntrack/conn";
import type { XtContext } from "../netfilter/xt-context";
import type { Packet } from "../stack/packet";
import { NF_NAT_RANGE, type NatRange } from "./range";
import { natSetupInfo, type NatVerdict } from "./setup";

const INADDR_LOOPBACK = 0x7f000001;

/**
 * nf_nat_redirect_ipv4: DNAT to this machine. A locally generated packet goes to 127.0.0.1; one that
 * came in goes to the first address of the device it came in by, and is dropped if that has none.
 */
export function redirectIpv4(ctx: XtContext, packet: Packet, conn: Conn, range: NatRange): NatVerdict {
  const newdst =
    ctx.hook === "OUTPUT" ? INADDR_LOOPBACK : (ctx.netns.links.get(packet.iif)?.addrs[0]?.addr ?? 0);
  if (newdst === 0) return "DROP";
  const redir = {
    ...range,
    flags: range.flags | NF_NAT_RANGE.MAP_IPS,
    minAddr: newdst,
    maxAddr: newdst,
    baseProto: 0,
  };
  return natSetupInfo(ctx.world, ctx.netns, conn, redir, "DST");
}
