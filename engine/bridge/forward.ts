import type { Link } from "../netdev/link";
import { sysctlOn } from "../netdev/sysctl";
import { nfHook } from "../stack/nf-hook";
import type { Net } from "../stack/net";
import type { Packet } from "../stack/packet";
import { ipRcvFinish, ipRcv } from "../stack/receive";
import { countRx, countTx, vethXmit } from "../stack/transmit";
import type { Netns } from "../world";
import { learn, portTowards } from "./fdb";
import { fibRoute } from "../route/lookup";
import { resolveNeighbour } from "../stack/neigh";

/** Whether bridged IPv4 frames meet iptables (br_netfilter's net.bridge.bridge-nf-call-iptables). */
const callIptables = (netns: Netns) => sysctlOn(netns, "net.bridge.bridge-nf-call-iptables");

/** br_dev_xmit: the bridge's own namespace sends a frame out of the bridge device. */
export function bridgeXmit(
  net: Net,
  netns: Netns,
  bridge: Link,
  packet: Packet,
  srcMac: string,
  dstMac: string,
): void {
  const out = portTowards(net.world, netns, bridge, dstMac);
  if (!out) {
    net.trace?.push({
      kind: "drop",
      netns: netns.name,
      reason: `bridge ${bridge.name}: no port leads to ${dstMac}`,
    });
    return;
  }
  countTx(net, bridge, packet, { src: srcMac, dst: dstMac });
  net.trace?.push({
    kind: "bridge",
    netns: netns.name,
    bridge: bridge.name,
    inPort: bridge.name,
    outPorts: [out.name],
    flooded: false,
  });
  vethXmit(net, out, packet, srcMac, dstMac);
}

/**
 * br_handle_frame: a frame arrived on a bridge port. It is for the bridge's own namespace when it
 * is addressed to the bridge's MAC; otherwise it is forwarded to the port its destination is behind.
 * With br_netfilter calling iptables, every IPv4 frame meets PREROUTING first, at the bridge (the IP
 * layer then skips its own, ip_sabotage_in), and forwarded ones FORWARD and POSTROUTING as -i/-o BR.
 */
export function bridgeInput(
  net: Net,
  netns: Netns,
  port: Link,
  packet: Packet,
  srcMac: string,
  dstMac: string,
): void {
  const bridge = netns.links.get(port.master!);
  if (!bridge?.up || !port.up) return;
  learn(net.world, bridge, port, srcMac);
  packet.physIn = port.name;
  // The bridge device sees what it receives and, while tcpdump holds it promiscuous, what it forwards.
  countRx(net, bridge, packet, { src: srcMac, dst: dstMac });
  const local = dstMac === bridge.mac;
  if (!callIptables(netns)) {
    if (local) ipRcv(net, netns, bridge, packet);
    else forward(net, netns, bridge, port, packet, srcMac, dstMac);
    return;
  }
  packet.iif = bridge.name;
  const dst = packet.dst;
  if (nfHook(net, netns, "PREROUTING", packet) === "DROP") return;
  if (packet.dst !== dst) {
    // A DNAT (or a reply's SNAT undone) while bridged (br_nf_pre_routing_finish): a destination on
    // this same segment is bridged on to its owner; anything else goes up to the IP layer.
    const owner = bridgedOwner(net, netns, bridge, packet.dst);
    if (owner) forward(net, netns, bridge, port, packet, srcMac, owner.mac);
    else ipRcvFinish(net, netns, bridge, packet);
    return;
  }
  if (local) ipRcvFinish(net, netns, bridge, packet);
  else forward(net, netns, bridge, port, packet, srcMac, dstMac);
}

/** br_forward: out of the port `toMac` is behind (back out of the in-port only in hairpin mode). */
function forward(
  net: Net,
  netns: Netns,
  bridge: Link,
  port: Link,
  packet: Packet,
  srcMac: string,
  toMac: string,
): void {
  const drop = (reason: string): void =>
    void net.trace?.push({ kind: "drop", netns: netns.name, reason: `bridge ${bridge.name}: ${reason}` });
  const out = portTowards(net.world, netns, bridge, toMac);
  if (!out) return drop(`no port leads to ${toMac}`);
  if (out === port && !port.brport?.hairpin)
    return drop(`${port.name} would send the frame back where it came from (hairpin off)`);
  net.trace?.push({
    kind: "bridge",
    netns: netns.name,
    bridge: bridge.name,
    inPort: port.name,
    outPorts: [out.name],
    flooded: false,
  });
  if (callIptables(netns)) {
    packet.oif = bridge.name;
    packet.physOut = out.name;
    if (nfHook(net, netns, "FORWARD", packet) === "DROP") return;
    if (nfHook(net, netns, "POSTROUTING", packet) === "DROP") return;
  }
  vethXmit(net, out, packet, srcMac, toMac);
}

/** The device behind the bridge that owns `dst`, when the route to it goes out by the bridge itself. */
function bridgedOwner(net: Net, netns: Netns, bridge: Link, dst: number): Link | undefined {
  const route = fibRoute(netns, dst);
  if (route?.type !== "unicast" || route.dev !== bridge.name) return undefined;
  const owner = resolveNeighbour(net.world, bridge, route.gateway ?? dst);
  return owner === bridge ? undefined : owner;
}
