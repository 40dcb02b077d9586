import { isLowerUp, isRunning, operState } from "../netdev/carrier";
import type { Link } from "../netdev/link";
import { isNamedNetns } from "../netdev/namespace";
import { peerNetnsId } from "../netdev/nsid";
import type { Netns, World } from "../world";

/** How `ip link` and `ip addr` print a device (print_linkinfo in iproute2's ipaddress.c). */

/** The flag names in print_link_flags' order; NO-CARRIER first and M-DOWN last are its additions. */
export function linkFlags(link: Link, netns: Netns): string {
  const flags: string[] = [];
  if (link.up && !isRunning(link)) flags.push("NO-CARRIER");
  if (link.kind === "loopback") flags.push("LOOPBACK");
  else flags.push("BROADCAST");
  if (link.kind === "dummy") flags.push("NOARP");
  else if (link.kind !== "loopback") flags.push("MULTICAST");
  if (link.up) flags.push("UP");
  if (isLowerUp(link)) flags.push("LOWER_UP");
  if (samePeer(link, netns)?.up === false) flags.push("M-DOWN");
  return `<${flags.join(",")}>`;
}

/** The veth peer when it lives in the same namespace (then printed by name, else as ifN). */
const samePeer = (link: Link, netns: Netns) => (link.peer?.netns === netns.name ? link.peer : undefined);

/** "va@vb", "eth0@if7", or the plain name. */
export function linkName(link: Link, netns: Netns): string {
  if (!link.peer) return link.name;
  return `${link.name}@${samePeer(link, netns) ? link.peer.name : `if${link.peer.index}`}`;
}

/**
 * The first line: index, name, flags, mtu, qdisc, master, state, mode, group, qlen. `tail` is what
 * follows qlen: the peer's namespace lands here when a family filter (`-4`) drops the link/ether line.
 */
export function linkHeader(link: Link, netns: Netns, withMode: boolean, tail = ""): string {
  const master = link.master ? ` master ${link.master}` : "";
  const mode = withMode ? " mode DEFAULT" : "";
  return (
    `${link.index}: ${linkName(link, netns)}: ${linkFlags(link, netns)} mtu ${link.mtu} qdisc ${link.qdisc}` +
    `${master} state ${operState(link)}${mode} group default qlen 1000${tail}\n`
  );
}

/** The second line: link type and address, and where a veth's peer lives. */
export function linkAddressLine(world: World, link: Link, netns: Netns): string {
  const type = link.kind === "loopback" ? "loopback" : "ether";
  const brd = link.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff";
  return `    link/${type} ${link.mac} brd ${brd}${peerNetnsSuffix(world, link, netns)}\n`;
}

export function peerNetnsSuffix(world: World, link: Link, netns: Netns): string {
  const peerNs = link.peer?.netns;
  if (peerNs === undefined || peerNs === netns.name) return "";
  // Dumping the device numbers its peer's namespace if this one has not yet (rtnl_fill_link_netnsid
  // → peernet2id_alloc); ip then prints the name when /run/netns has one.
  const id = peerNetnsId(netns, peerNs);
  return isNamedNetns(world, peerNs) ? ` link-netns ${peerNs}` : ` link-netnsid ${id}`;
}

/** `-br`: name and state in fixed columns. */
export const briefHead = (link: Link, netns: Netns): string =>
  `${linkName(link, netns).padEnd(16)} ${operState(link).padEnd(14)} `;

/** Devices in ifindex order, as a dump returns them. */
export const linksInOrder = (netns: Netns): Link[] =>
  [...netns.links.values()].sort((a, b) => a.index - b.index);
