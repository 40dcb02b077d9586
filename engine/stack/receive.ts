import { formatAddr } from "../iptables/address";
import { limitErrors, MAX_FRAMES_PER_EXCHANGE } from "../limits";
import type { Link } from "../netdev/link";
import { sysctlOn } from "../netdev/sysctl";
import { addressType, fibLookup } from "../route/lookup";
import type { RouteError } from "../route/route";
import type { Netns } from "../world";
import { bridgeInput } from "../bridge/forward";
import { localDeliver } from "./deliver";
import { icmpSend, ICMP } from "./icmp";
import type { Frame, Net } from "./net";
import { nfHook } from "./nf-hook";
import type { LinkHeader, Packet } from "./packet";
import { routeText } from "./route-text";
import { transmit } from "./transmit";

/** Processes every frame on the wire, in order, until the exchange has settled (or met its cap). */
export function drain(net: Net): void {
  let frames = 0;
  for (let frame = net.wire.shift(); frame; frame = net.wire.shift()) {
    if (++frames > MAX_FRAMES_PER_EXCHANGE) {
      net.wire.length = 0;
      net.world.background.push({ fd: 2, text: limitErrors.frames() });
      return;
    }
    receiveFrame(net, frame);
  }
}

const LOOPBACK: LinkHeader = { type: "loopback" };

function receiveFrame(net: Net, { netns, dev, packet, srcMac, dstMac }: Frame): void {
  packet.link = dev.kind === "loopback" ? LOOPBACK : { type: "ether", src: srcMac, dst: dstMac };
  if (dev.master !== undefined) bridgeInput(net, netns, dev, packet, srcMac, dstMac);
  else ipRcv(net, netns, dev, packet);
}

function drop(net: Net, netns: Netns, reason: string): void {
  net.trace?.push({ kind: "drop", netns: netns.name, reason });
}

/** ip_rcv: a packet arrived on `dev` (up): PREROUTING, then the routing decision. */
export function ipRcv(net: Net, netns: Netns, dev: Link, packet: Packet): void {
  if (!dev.up) return;
  packet.iif = dev.name;
  packet.oif = "";
  if (nfHook(net, netns, "PREROUTING", packet) === "DROP") return;
  ipRcvFinish(net, netns, dev, packet);
}

const isLoopbackNet = (addr: number) => addr >>> 24 === 127;

/** ip_rcv_finish → ip_route_input: deliver locally, forward, or drop (martians, forwarding off). */
export function ipRcvFinish(net: Net, netns: Netns, dev: Link, packet: Packet): void {
  if (dev.kind !== "loopback") {
    if (isLoopbackNet(packet.src))
      return drop(net, netns, `martian source ${formatAddr(packet.src)} from ${dev.name}`);
    const routeLocalnet =
      sysctlOn(netns, "net.ipv4.conf.all.route_localnet") ||
      sysctlOn(netns, `net.ipv4.conf.${dev.name}.route_localnet`);
    if (isLoopbackNet(packet.dst) && !routeLocalnet) {
      return drop(
        net,
        netns,
        `martian destination ${formatAddr(packet.dst)} from ${dev.name} (route_localnet=0)`,
      );
    }
    if (addressType(netns, packet.src) === "LOCAL")
      return drop(
        net,
        netns,
        `martian source ${formatAddr(packet.src)} (an address of this host) from ${dev.name}`,
      );
  }
  const type = addressType(netns, packet.dst);
  if (type === "LOCAL" || type === "BROADCAST") {
    net.trace?.push({
      kind: "route",
      netns: netns.name,
      dst: formatAddr(packet.dst),
      decision: "local",
      route: `local ${formatAddr(packet.dst)}`,
      dev: dev.name,
    });
    return localDeliver(net, netns, packet);
  }
  routeForward(net, netns, dev, packet);
}

/** ip_error: the ICMP code for the route lookup's error; a blackhole (EINVAL) answers nothing. */
const ROUTE_ERROR_CODE: Partial<Record<RouteError, number>> = {
  "Network is unreachable": ICMP.NET_UNREACH,
  "No route to host": ICMP.HOST_UNREACH,
  "Permission denied": ICMP.PKT_FILTERED,
};

function routeForward(net: Net, netns: Netns, dev: Link, packet: Packet): void {
  if (!sysctlOn(netns, `net.ipv4.conf.${dev.name}.forwarding`)) {
    return drop(
      net,
      netns,
      `not for this host, and ${dev.name} does not forward (net.ipv4.conf.${dev.name}.forwarding=0)`,
    );
  }
  const decision = fibLookup(netns, packet.dst);
  if (typeof decision === "string") {
    net.trace?.push({
      kind: "route",
      netns: netns.name,
      dst: formatAddr(packet.dst),
      decision: "unreachable",
      route: decision,
      dev: "",
    });
    const code = ROUTE_ERROR_CODE[decision];
    if (code === undefined) return drop(net, netns, `${decision} (a blackhole route)`);
    icmpSend(net, netns, packet, ICMP.DEST_UNREACH, code);
    return;
  }
  net.trace?.push({
    kind: "route",
    netns: netns.name,
    dst: formatAddr(packet.dst),
    decision: "forward",
    route: routeText(decision.route),
    dev: decision.dev,
  });
  ipForward(net, netns, packet, decision.dev, decision.nexthop);
}

/** ip_forward: TTL check and decrement, FORWARD, POSTROUTING, out. */
function ipForward(net: Net, netns: Netns, packet: Packet, out: string, nexthop: number): void {
  if (packet.ttl <= 1) {
    drop(net, netns, "TTL expired in transit");
    icmpSend(net, netns, packet, ICMP.TIME_EXCEEDED, 0);
    return;
  }
  packet.ttl--;
  packet.oif = out;
  if (nfHook(net, netns, "FORWARD", packet) === "DROP") return;
  if (nfHook(net, netns, "POSTROUTING", packet) === "DROP") return;
  transmit(net, netns, netns.links.get(out)!, packet, nexthop);
}
