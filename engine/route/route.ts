/** Routes (net/ipv4/fib_*.c): the main and local tables, as `ip route [show table T]` prints them. */

export type RouteType = "unicast" | "local" | "broadcast" | "unreachable" | "prohibit" | "blackhole";
export type RouteTable = "main" | "local";

export interface Route {
  readonly table: RouteTable;
  readonly type: RouteType;
  readonly dst: number;
  readonly prefixLen: number;
  /** The next hop's address; undefined for directly connected routes. */
  readonly gateway?: number;
  /** The device; undefined only for unreachable/prohibit/blackhole. */
  readonly dev?: string;
  /** `proto kernel` for routes made from an address, `boot` for `ip route add`, `static`… */
  readonly protocol: "kernel" | "boot" | "static" | "dhcp";
  readonly scope: "host" | "link" | "global";
  /** `src`: the preferred source address for locally generated packets. */
  readonly prefsrc?: number;
  readonly metric?: number;
}

/** What a route lookup (fib_lookup + the output route) decided for one packet. */
export interface RouteDecision {
  readonly route: Route;
  readonly type: RouteType;
  /** The device the packet leaves by (`lo` for local delivery). */
  readonly dev: string;
  /** Where the packet goes next on that device: the gateway, or the destination itself. */
  readonly nexthop: number;
  /** The source address a local socket with an unbound source would use. */
  readonly prefsrc: number;
}

/** Why a lookup found nothing: the errno text `ip route get` and sockets print. */
export type RouteError =
  "Network is unreachable" | "No route to host" | "Invalid argument" | "Permission denied";
