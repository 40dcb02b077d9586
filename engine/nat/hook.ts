/**
 * The NAT hook (nf_nat_ipv4_fn / nf_nat_inet_fn), as the stack calls it at nat's priority on
 * PREROUTING and OUTPUT (destination, -100) and on INPUT and POSTROUTING (source, 100).
 *
 * Contract with the stack: conntrack has already attached `packet.ct`/`packet.ctinfo`. The stack
 * passes `runNatTable`, which walks the iptables nat table's chain for this hook (its SNAT, DNAT,
 * MASQUERADE and REDIRECT targets set up the binding through natSetupInfo) and returns its verdict;
 * natHook calls it only for the first packet of a connection (or a related one) whose binding on this
 * side is not yet made. Afterwards the packet's headers are rewritten in place. The stack re-routes a
 * packet whose destination changed (skb_dst_drop / ip_route_me_harder) and traces the rewrite.
 */
import { deleteConn } from "../conntrack/table";
import type { Hook } from "../netfilter/hooks";
import type { Packet } from "../stack/packet";
import type { Netns, World } from "../world";
import { icmpReplyTranslation, isIcmpError, natPacket } from "./manip";
import { masqOifChanged } from "./masquerade";
import { allocNullBinding, natDone, type NatVerdict } from "./setup";
import { hookManip, isFirstOrRelated } from "./tuple";

/**
 * Whether NAT is hooked in this namespace at all: nft registers the NAT hooks (on all four hooks)
 * with the first nat chain, so a namespace without one does no NAT, not even null bindings.
 */
export function natRegistered(netns: Netns): boolean {
  for (const chain of netns.ruleset.nat.chains.values()) if (chain.hook && chain.created) return true;
  return false;
}

export function natHook(
  world: World,
  netns: Netns,
  packet: Packet,
  hook: Hook,
  runNatTable: () => NatVerdict,
): NatVerdict {
  const { ct, ctinfo } = packet;
  if (!ct || ctinfo === undefined || !natRegistered(netns)) return "ACCEPT";
  if (isIcmpError(packet, ctinfo)) return icmpReplyTranslation(packet, ct, ctinfo, hook) ? "ACCEPT" : "DROP";

  const manip = hookManip(hook);
  if (isFirstOrRelated(ctinfo) && !natDone(ct, manip)) {
    const verdict = runNatTable();
    if (verdict !== "ACCEPT") return verdict;
    if (!natDone(ct, manip)) {
      const bound = allocNullBinding(world, netns, ct, manip);
      if (bound !== "ACCEPT") return bound;
    }
  } else if (masqOifChanged(hook, ctinfo, ct, netns.links.get(packet.oif)?.index)) {
    deleteConn(netns.conntrack, ct);
    return "DROP";
  }
  natPacket(packet, ct, ctinfo, hook);
  return "ACCEPT";
}
