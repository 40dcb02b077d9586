import { flushGoneDevice, renameRouteDevice } from "../route/kernel-routes";
import type { Netns, World } from "../world";
import { releasePort } from "./bridge-port";
import type { Link, LinkKind } from "./link";
import { randomMac, ZERO_MAC } from "./mac";
import { peerNetnsId } from "./nsid";
import { settle } from "./settle";
import { removeDeviceSysctls, renameDeviceSysctls } from "./sysctl";
import { setLinkDown } from "./updown";

/** Making, moving, renaming and destroying devices (register_netdevice, dev_change_net_namespace…). */

/** The next free ifindex from the namespace's cyclic counter (dev_index_reserve). */
function allocIfindex(netns: Netns): number {
  const taken = new Set([...netns.links.values()].map((l) => l.index));
  let index = netns.nextIfindex;
  while (taken.has(index)) index++;
  netns.nextIfindex = index + 1;
  return index;
}

/** A `%d` template as dev_alloc_name fills it: the lowest free number. */
export function allocName(netns: Netns, template: string): string {
  if (!template.includes("%d")) return template;
  for (let i = 0; ; i++) {
    const name = template.replace("%d", String(i));
    if (!netns.links.has(name)) return name;
  }
}

export interface LinkSpec {
  readonly name: string;
  readonly kind: LinkKind;
  readonly mac?: string;
  readonly mtu?: number;
}

export function createLink(world: World, netns: Netns, spec: LinkSpec): Link {
  const loopback = spec.kind === "loopback";
  const link: Link = {
    name: spec.name,
    index: allocIfindex(netns),
    kind: spec.kind,
    netns: netns.name,
    mac: spec.mac ?? (loopback ? ZERO_MAC : randomMac(world.rng)),
    macSet: spec.mac !== undefined,
    mtu: spec.mtu ?? (loopback ? 65536 : 1500),
    qdisc: "noop",
    up: false,
    addrs: [],
    inet6: [],
    stats: { rxPackets: 0, rxBytes: 0, txPackets: 0, txBytes: 0 },
  };
  if (spec.kind === "bridge") {
    link.fdb = new Map();
    // A hand-set address makes br_stp_change_bridge_id reselect port states, which turns the carrier
    // off while no port forwards (`ip link add br0 address … type bridge` comes up NO-CARRIER).
    if (link.macSet) link.bridgeCarrier = false;
  }
  netns.links.set(link.name, link);
  return link;
}

/** veth_newlink: the peer is registered first (in its own namespace), so it takes the lower index. */
export function createVethPair(
  world: World,
  netns: Netns,
  end: LinkSpec,
  peerNetns: Netns,
  peer: LinkSpec,
): Link {
  const other = createLink(world, peerNetns, { ...peer, name: allocName(peerNetns, peer.name) });
  const link = createLink(world, netns, { ...end, name: allocName(netns, end.name) });
  link.peer = other;
  other.peer = link;
  // The creating namespace numbers the peer's at once (its RTM_NEWLINK carries the id); the peer's
  // namespace numbers the creator's only when a listing first shows the device (see link-format).
  if (netns !== peerNetns) peerNetnsId(netns, peerNetns.name);
  return link;
}

const netnsOf = (world: World, link: Link): Netns | undefined => world.netns.get(link.netns);

/** unregister_netdevice in one namespace: out of its bridge, its routes, addresses and sysctls gone. */
function unregister(world: World, link: Link): void {
  const netns = netnsOf(world, link);
  if (!netns) return;
  if (link.up) setLinkDown(world, link);
  releasePort(world, link);
  for (const port of netns.links.values()) if (port.master === link.name) releasePort(world, port);
  flushGoneDevice(netns, link.name);
  netns.links.delete(link.name);
  removeDeviceSysctls(netns, link.name);
}

/** `ip link del`: a veth takes its peer with it. */
export function deleteLink(world: World, link: Link): void {
  unregister(world, link);
  if (link.peer) unregister(world, link.peer);
  settle(world);
}

/** dev_change_net_namespace (the caller checked the name is free there): down, out of its bridge, addresses dropped; keeps its index if free there. */
export function moveLink(world: World, link: Link, target: Netns): void {
  unregister(world, link);
  link.addrs = [];
  link.inet6 = [];
  link.qdisc = "noop"; // dev_shutdown drops the qdisc
  const taken = [...target.links.values()].some((l) => l.index === link.index);
  if (taken) link.index = allocIfindex(target);
  link.netns = target.name;
  target.links.set(link.name, link);
  if (link.peer && link.peer.netns !== target.name) {
    peerNetnsId(target, link.peer.netns);
    const peerNetns = netnsOf(world, link.peer);
    if (peerNetns) peerNetnsId(peerNetns, target.name);
  }
  settle(world);
}

export function renameLink(world: World, link: Link, name: string): void {
  const netns = netnsOf(world, link);
  if (!netns) return;
  const from = link.name;
  netns.links.delete(from);
  link.name = name;
  netns.links.set(name, link);
  for (const port of netns.links.values()) if (port.master === from) port.master = name;
  renameRouteDevice(netns, from, name);
  renameDeviceSysctls(netns, from, name);
}
