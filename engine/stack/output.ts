import { formatAddr } from "../iptables/address";
import { fibLookup } from "../route/lookup";
import type { RouteDecision, RouteError } from "../route/route";
import type { Netns } from "../world";
import type { Net } from "./net";
import { nfHook } from "./nf-hook";
import type { Packet } from "./packet";
import { routeText } from "./route-text";
import { transmit } from "./transmit";
import { viewOf } from "./view";

/** Why a local send failed, as the socket call reports it (errno text). */
export type SendError = RouteError | "Operation not permitted";

function traceRoute(net: Net, netns: Netns, packet: Packet, decision: RouteDecision): void {
  net.trace?.push({
    kind: "route",
    netns: netns.name,
    dst: formatAddr(packet.dst),
    decision: "output",
    route: routeText(decision.route),
    dev: decision.dev,
  });
}

/**
 * ip_local_out for a packet a local socket (or the kernel itself: a reply, an ICMP error) sends:
 * route, OUTPUT, a new route if OUTPUT's DNAT or MARK changed the destination, POSTROUTING, out.
 * A route that fails fails the send before any rule sees the packet; a DROP on the way makes the
 * send fail with EPERM, as nf_hook_slow reports it.
 */
export function ipLocalOut(net: Net, netns: Netns, packet: Packet, by = "kernel"): SendError | undefined {
  net.trace?.push({ kind: "send", netns: netns.name, packet: viewOf(packet), by });
  let decision = fibLookup(netns, packet.dst);
  if (typeof decision === "string") return decision;
  packet.iif = "";
  packet.oif = decision.dev;
  traceRoute(net, netns, packet, decision);
  const { dst, mark } = packet;
  if (nfHook(net, netns, "OUTPUT", packet) === "DROP") return "Operation not permitted";
  if (packet.dst !== dst || packet.mark !== mark) {
    // ip_route_me_harder: OUTPUT changed where the packet goes.
    decision = fibLookup(netns, packet.dst);
    if (typeof decision === "string") return decision;
    packet.oif = decision.dev;
    traceRoute(net, netns, packet, decision);
  }
  if (nfHook(net, netns, "POSTROUTING", packet) === "DROP") return "Operation not permitted";
  transmit(net, netns, netns.links.get(decision.dev)!, packet, decision.nexthop);
  return undefined;
}
