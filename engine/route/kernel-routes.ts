import type { IfAddr, Link } from "../netdev/link";
import type { Netns } from "../world";
import { broadcastOf, isZeronet, LIMITED_BROADCAST, networkOf } from "./ipv4";
import type { Route } from "./route";

/**
 * The routes the kernel makes from addresses (fib_add_ifaddr / fib_del_ifaddr / fib_sync_down_dev):
 * a local route per address at once, broadcast and prefix routes while the device is up.
 */

/** The primary address whose subnet holds `ifa` (itself when primary): the `src` of its routes. */
function primaryOf(link: Link, ifa: IfAddr): IfAddr {
  if (!ifa.secondary) return ifa;
  return (
    link.addrs.find(
      (p) =>
        !p.secondary &&
        p.prefixLen === ifa.prefixLen &&
        networkOf(p.addr, p.prefixLen) === networkOf(ifa.addr, ifa.prefixLen),
    ) ?? ifa
  );
}

const kernelRoute = (fields: Omit<Route, "protocol">): Route => ({ ...fields, protocol: "kernel" });

/** What fib_add_ifaddr installs for one address. */
export function routesOfAddress(link: Link, ifa: IfAddr): Route[] {
  const prim = primaryOf(link, ifa).addr;
  const dev = link.name;
  const host32 = { prefixLen: 32, dev, prefsrc: prim } as const;
  const routes = [kernelRoute({ table: "local", type: "local", dst: ifa.addr, scope: "host", ...host32 })];
  if (!link.up) return routes;
  const broadcast = (dst: number) =>
    kernelRoute({ table: "local", type: "broadcast", dst, scope: "link", ...host32 });
  if (ifa.broadcast && ifa.broadcast !== LIMITED_BROADCAST) routes.push(broadcast(ifa.broadcast));
  const prefix = networkOf(ifa.addr, ifa.prefixLen);
  if (!isZeronet(prefix) && !ifa.secondary && (prefix !== ifa.addr || ifa.prefixLen < 32)) {
    const loopback = link.kind === "loopback";
    routes.push(
      kernelRoute({
        table: loopback ? "local" : "main",
        type: loopback ? "local" : "unicast",
        dst: prefix,
        prefixLen: ifa.prefixLen,
        dev,
        scope: loopback ? "host" : "link",
        prefsrc: ifa.addr,
      }),
    );
    if (ifa.prefixLen < 31) routes.push(broadcast(broadcastOf(ifa.addr, ifa.prefixLen)));
  }
  return routes;
}

const sameKernelRoute = (a: Route, b: Route) =>
  a.protocol === "kernel" &&
  a.table === b.table &&
  a.type === b.type &&
  a.dst === b.dst &&
  a.prefixLen === b.prefixLen &&
  a.dev === b.dev;

/** Installs what an address (or a device coming up) brings, skipping routes already there. */
export function installRoutes(netns: Netns, routes: readonly Route[]): void {
  for (const route of routes) {
    if (!netns.routes.some((r) => sameKernelRoute(r, route))) netns.routes.push(route);
  }
}

/** After addresses went away: drops their routes unless an address that remains still makes them. */
export function withdrawRoutes(netns: Netns, gone: readonly Route[]): void {
  const kept = [...netns.links.values()].flatMap((l) => l.addrs.flatMap((ifa) => routesOfAddress(l, ifa)));
  netns.routes = netns.routes.filter(
    (r) => !gone.some((g) => sameKernelRoute(r, g)) || kept.some((k) => sameKernelRoute(r, k)),
  );
}

/** NETDEV_DOWN: every route through the device dies except host-scope ones (its local addresses). */
export function flushDownDevice(netns: Netns, dev: string): void {
  netns.routes = netns.routes.filter((r) => r.dev !== dev || r.scope === "host");
}

/** NETDEV_UNREGISTER (deleted, or moved to another namespace): every route through it dies. */
export function flushGoneDevice(netns: Netns, dev: string): void {
  netns.routes = netns.routes.filter((r) => r.dev !== dev);
}

/** A renamed device: its routes now name it anew. */
export function renameRouteDevice(netns: Netns, from: string, to: string): void {
  netns.routes = netns.routes.map((r) => (r.dev === from ? { ...r, dev: to } : r));
}
