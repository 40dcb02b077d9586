import { formatAddr } from "../iptables/address";
import type { Route } from "../route/route";

/** A route as `ip route` shows it, shortened to what the trace needs: where to and by which way. */
export function routeText(route: Route): string {
  const dst =
    route.prefixLen === 0
      ? "default"
      : route.prefixLen === 32
        ? formatAddr(route.dst)
        : `${formatAddr(route.dst)}/${route.prefixLen}`;
  const type = route.type === "unicast" ? "" : `${route.type} `;
  const via = route.gateway !== undefined ? ` via ${formatAddr(route.gateway)}` : "";
  const dev = route.dev ? ` dev ${route.dev}` : "";
  return `${type}${dst}${via}${dev}`;
}
