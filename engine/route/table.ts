import type { Netns } from "../world";
import type { Route, RouteTable, RouteType } from "./route";

/**
 * A routing table as fib_table_insert/fib_table_delete keep it: one route per (table, prefix, metric)
 * unless appended, replaced in place, and listed in the trie's order.
 */

export type FibErrno = "File exists" | "No such process";

/** The trie's walk order: by destination, then longer prefixes first, then lower metrics. */
export function sortedRoutes(routes: readonly Route[]): Route[] {
  return [...routes].sort(
    (a, b) => a.dst - b.dst || b.prefixLen - a.prefixLen || (a.metric ?? 0) - (b.metric ?? 0),
  );
}

const sameSlot = (a: Route, b: Route) =>
  a.table === b.table &&
  a.dst === b.dst &&
  a.prefixLen === b.prefixLen &&
  (a.metric ?? 0) === (b.metric ?? 0);

/** `ip route add` (NLM_F_EXCL): refuses a second route in the same slot. */
export function addRoute(netns: Netns, route: Route): FibErrno | undefined {
  if (netns.routes.some((r) => sameSlot(r, route))) return "File exists";
  netns.routes.push(route);
  return undefined;
}

/** `ip route replace`: takes the slot's first route's place, or adds. */
export function replaceRoute(netns: Netns, route: Route): void {
  const i = netns.routes.findIndex((r) => sameSlot(r, route));
  if (i < 0) netns.routes.push(route);
  else netns.routes[i] = route;
}

/** What `ip route del` names: the prefix, and whatever else it was told to match. */
export interface RouteSelector {
  readonly table: RouteTable;
  readonly dst: number;
  readonly prefixLen: number;
  readonly type?: RouteType;
  readonly gateway?: number;
  readonly dev?: string;
  readonly prefsrc?: number;
  readonly metric?: number;
  readonly protocol?: Route["protocol"];
  readonly scope?: Route["scope"];
}

const selects = (s: RouteSelector, r: Route) =>
  r.table === s.table &&
  r.dst === s.dst &&
  r.prefixLen === s.prefixLen &&
  (s.type === undefined || r.type === s.type) &&
  (s.gateway === undefined || r.gateway === s.gateway) &&
  (s.dev === undefined || r.dev === s.dev) &&
  (s.prefsrc === undefined || r.prefsrc === s.prefsrc) &&
  (s.metric === undefined || (r.metric ?? 0) === s.metric) &&
  (s.protocol === undefined || r.protocol === s.protocol) &&
  (s.scope === undefined || r.scope === s.scope);

/** `ip route del`: removes the first route, in table order, that the selector matches. */
export function deleteRoute(netns: Netns, selector: RouteSelector): FibErrno | undefined {
  const victim = sortedRoutes(netns.routes).find((r) => selects(selector, r));
  if (!victim) return "No such process";
  netns.routes = netns.routes.filter((r) => r !== victim);
  return undefined;
}
