import type { Netns } from "../world";
import { inPrefix, isMulticast, isZeronet, LIMITED_BROADCAST } from "./ipv4";
import type { Route, RouteDecision, RouteError, RouteType } from "./route";

/** Route lookup for the packet path (fib_lookup, ip_route_output_key) and source selection. */

/** Scopes ordered as the kernel numbers them: a smaller scope is wider. */
const SCOPE_RANK = { global: 0, link: 253, host: 254 } as const;
export type Scope = keyof typeof SCOPE_RANK;

/**
 * fib_lookup under the default rules. Without `ip rule`s the kernel keeps the local and main tables
 * in one trie (fib_trie's merged tables), so the longest prefix wins across both — an AnyIP
 * `local 0.0.0.0/0` loses to any connected route — then the lowest metric, then the local table.
 * `oif` restricts the lookup to routes through that device.
 */
export function fibRoute(netns: Netns, dst: number, oif?: string): Route | undefined {
  let best: Route | undefined;
  for (const r of netns.routes) {
    if (!inPrefix(dst, r.dst, r.prefixLen) || (oif && r.dev && r.dev !== oif)) continue;
    if (!best || r.prefixLen > best.prefixLen) {
      best = r;
      continue;
    }
    if (r.prefixLen < best.prefixLen) continue;
    const [m, bm] = [r.metric ?? 0, best.metric ?? 0];
    if (m < bm || (m === bm && r.table === "local" && best.table !== "local")) best = r;
  }
  return best;
}

const ERROR_OF: Partial<Record<RouteType, RouteError>> = {
  unreachable: "No route to host",
  prohibit: "Permission denied",
  blackhole: "Invalid argument",
};

/**
 * The output route for a locally generated packet to `dst` (ip_route_output_key_hash): its type,
 * device, next hop and source. `src` must be a local address; `oif` restricts the lookup to one
 * device and, when nothing routes there, assumes the destination is on that link.
 */
export function fibLookup(
  netns: Netns,
  dst: number,
  opts: { src?: number; oif?: string } = {},
): RouteDecision | RouteError {
  if (opts.src !== undefined && addressType(netns, opts.src) !== "LOCAL") return "Invalid argument";
  const oifLink = opts.oif === undefined ? undefined : netns.links.get(opts.oif);
  if (opts.oif !== undefined && !oifLink?.up) return "Network is unreachable";
  const route = fibRoute(netns, dst, opts.oif);
  if (!route) {
    if (!oifLink) return "Network is unreachable";
    const onLink: Route = {
      table: "main",
      type: "unicast",
      dst,
      prefixLen: 32,
      dev: oifLink.name,
      protocol: "kernel",
      scope: "link",
    };
    const prefsrc = opts.src ?? inetSelectAddr(netns, oifLink.name, 0, "link") ?? 0;
    return { route: onLink, type: "unicast", dev: oifLink.name, nexthop: dst, prefsrc };
  }
  const error = ERROR_OF[route.type];
  if (error) return error;
  if (route.type === "local") {
    return { route, type: "local", dev: "lo", nexthop: dst, prefsrc: opts.src ?? route.prefsrc ?? dst };
  }
  const dev = route.dev ?? "lo";
  const nexthop = route.gateway ?? dst;
  // A connected route's nexthop has host scope, a gateway's link scope (fib_check_nh).
  const scope: Scope = route.gateway === undefined ? "host" : "link";
  const prefsrc = opts.src ?? route.prefsrc ?? inetSelectAddr(netns, dev, route.gateway ?? 0, scope) ?? 0;
  return { route, type: route.type, dev, nexthop, prefsrc };
}

/**
 * inet_select_addr: a primary address of `dev` within `scope`, preferring one on the same subnet as
 * `dst` (0: any); failing that, the first such address of another device that is not link-scoped.
 */
export function inetSelectAddr(netns: Netns, dev: string, dst: number, scope: Scope): number | undefined {
  const fits = (s: Scope) => SCOPE_RANK[s] <= SCOPE_RANK[scope];
  const link = netns.links.get(dev);
  let chosen: number | undefined;
  for (const ifa of link?.addrs ?? []) {
    if (ifa.secondary || !fits(ifa.scope)) continue;
    if (dst === 0 || inPrefix(dst, ifa.addr, ifa.prefixLen)) return ifa.addr;
    chosen ??= ifa.addr;
  }
  if (chosen !== undefined) return chosen;
  const others = [...netns.links.values()].filter((l) => l.name !== dev).sort((a, b) => a.index - b.index);
  for (const other of others) {
    const ifa = other.addrs.find((a) => !a.secondary && a.scope !== "link" && fits(a.scope));
    if (ifa) return ifa.addr;
  }
  return undefined;
}

export type AddressType = "UNICAST" | "LOCAL" | "BROADCAST" | "MULTICAST";

/**
 * __inet_dev_addr_type: what kind of address this is for the namespace, as its routes say (what
 * `-m addrtype` and local delivery need). With `dev`, a route through another device makes it plain
 * UNICAST; so does a failing lookup (unreachable, prohibit, blackhole, none).
 */
export function addressType(netns: Netns, addr: number, dev?: string): AddressType {
  if (isZeronet(addr) || addr === LIMITED_BROADCAST) return "BROADCAST";
  if (isMulticast(addr)) return "MULTICAST";
  const route = fibRoute(netns, addr);
  if (!route || (dev && route.dev !== dev)) return "UNICAST";
  switch (route.type) {
    case "local":
      return "LOCAL";
    case "broadcast":
      return "BROADCAST";
    default:
      return "UNICAST";
  }
}

/** The namespace's own addresses (every device's, down or up), as local delivery accepts them. */
export function localAddresses(netns: Netns): number[] {
  return [...netns.links.values()].flatMap((l) => l.addrs.map((a) => a.addr));
}
