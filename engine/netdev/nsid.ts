import type { Netns } from "../world";

/**
 * Network namespace ids (peernet2id_alloc): a namespace numbers each peer namespace that one of its
 * devices links to, from 0, in the order it first needs one (creating a veth into it, or listing
 * such a device). `ip link` prints `link-netnsid N` with it
 * when the peer has no name under /run/netns.
 */
const ids = new WeakMap<Netns, Map<string, number>>();

export function peerNetnsId(netns: Netns, peer: string): number {
  let table = ids.get(netns);
  if (!table) ids.set(netns, (table = new Map()));
  let id = table.get(peer);
  if (id === undefined) table.set(peer, (id = table.size));
  return id;
}

/** The id `netns` gave `peer`, if it gave one. */
export const knownNetnsId = (netns: Netns, peer: string): number | undefined => ids.get(netns)?.get(peer);
