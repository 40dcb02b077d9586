import { isLowerUp } from "../netdev/carrier";
import type { Link } from "../netdev/link";
import { linkName } from "../iproute2/link-format";
import { formatIpv4 } from "../route/ipv4";
import type { Netns } from "../world";
import type { LinkView } from "./types";

export function linkView(link: Link, netns: Netns): LinkView {
  return {
    name: link.name,
    label: linkName(link, netns),
    index: link.index,
    kind: link.kind,
    up: link.up,
    lowerUp: isLowerUp(link),
    mac: link.mac,
    mtu: link.mtu,
    addrs: link.addrs.map((a) => `${formatIpv4(a.addr)}/${a.prefixLen}`),
    ...(link.peer ? { peer: { netns: link.peer.netns, name: link.peer.name } } : {}),
    ...(link.master ? { master: link.master } : {}),
  };
}

/** The devices in ifindex order, as `ip link` lists them. */
export const linksView = (netns: Netns): LinkView[] =>
  [...netns.links.values()].sort((a, b) => a.index - b.index).map((link) => linkView(link, netns));
