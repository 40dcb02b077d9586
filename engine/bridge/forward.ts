import type { Link } from "../netdev/link";
import { sysctlOn } from "../netdev/sysctl";
import { nfHook } from "../stack/nf-hook";
import type { Net } from "../stack/net";
import type { Packet } from "../stack/packet";
import { ipRcvFinish, ipRcv } from "../stack/receive";
import { countRx, countTx, vethXmit } from "../stack/transmit";
import type { Netns } from "../world";
import { learn, portTowards } from "./fdb";

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
  countTx(net, bridge, packet);
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
 * is addressed to the bridge's MAC; otherwise it is forwarded to the port its destination is behind
 * — through PREROUTING, FORWARD and POSTROUTING as `-i BR -o BR` when br_netfilter calls iptables.
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
  countRx(net, bridge, packet);
  if (dstMac === bridge.mac) {
    ipRcv(net, netns, bridge, packet);
    return;
  }
  const out = portTowards(net.world, netns, bridge, dstMac);
  const drop = (reason: string): void =>
    void net.trace?.push({ kind: "drop", netns: netns.name, reason: `bridge ${bridge.name}: ${reason}` });
  if (!out) return drop(`no port leads to ${dstMac}`);
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
    packet.iif = bridge.name;
    const dst = packet.dst;
    if (nfHook(net, netns, "PREROUTING", packet) === "DROP") return;
    // DNAT to an address that is not on this segment: the packet leaves the bridge for the IP layer.
    if (packet.dst !== dst) return ipRcvFinish(net, netns, bridge, packet);
    packet.oif = bridge.name;
    packet.physOut = out.name;
    if (nfHook(net, netns, "FORWARD", packet) === "DROP") return;
    if (nfHook(net, netns, "POSTROUTING", packet) === "DROP") return;
  }
  vethXmit(net, out, packet, srcMac, dstMac);
}
