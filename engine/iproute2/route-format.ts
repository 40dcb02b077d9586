import { hasCarrier } from "../netdev/carrier";
import type { Netns } from "../world";
import { formatIpv4 } from "../route/ipv4";
import type { Route } from "../route/route";

/** One line of `ip route` (print_route): fields in iproute2's order, each followed by a space. */
export function formatRoute(netns: Netns, route: Route, hide: { dev?: boolean } = {}): string {
  const parts: string[] = [];
  if (route.type !== "unicast") parts.push(route.type);
  parts.push(
    route.prefixLen === 0 && route.dst === 0
      ? "default"
      : route.prefixLen === 32
        ? formatIpv4(route.dst)
        : `${formatIpv4(route.dst)}/${route.prefixLen}`,
  );
  if (route.gateway !== undefined) parts.push(`via ${formatIpv4(route.gateway)}`);
  if (route.dev !== undefined && !hide.dev) parts.push(`dev ${route.dev}`);
  if (route.protocol !== "boot") parts.push(`proto ${route.protocol}`);
  if (route.scope !== "global") parts.push(`scope ${route.scope}`);
  if (route.prefsrc !== undefined) parts.push(`src ${formatIpv4(route.prefsrc)}`);
  if (route.metric) parts.push(`metric ${route.metric}`);
  if (isLinkdown(netns, route)) parts.push("linkdown");
  return parts.map((p) => `${p} `).join("") + "\n";
}

/** RTNH_F_LINKDOWN: a nexthop through a device without carrier (host-scope routes excepted). */
function isLinkdown(netns: Netns, route: Route): boolean {
  const link = route.dev === undefined ? undefined : netns.links.get(route.dev);
  return link !== undefined && route.scope !== "host" && !hasCarrier(link);
}
