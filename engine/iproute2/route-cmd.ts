import { fibRoute } from "../route/lookup";
import { addressType } from "../route/lookup";
import type { Route, RouteTable, RouteType } from "../route/route";
import { addRoute, deleteRoute, replaceRoute, sortedRoutes } from "../route/table";
import { networkOf } from "../route/ipv4";
import { Args, matches } from "./argv";
import type { IpContext } from "./context";
import { ipErrors } from "./errors";
import { addressOrFail, prefixOrFail, type Prefix } from "./inet";
import { routeGet } from "./route-get";
import { formatRoute } from "./route-format";

/** `ip route add|del|replace|show|get` (iproute.c) over the main and local tables. */

export function ipRoute(ctx: IpContext, args: Args): void {
  if (args.done) return showRoutes(ctx, args);
  const command = args.next();
  if (matches(command, "add")) return modifyRoute(ctx, args, "add");
  if (matches(command, "replace")) return modifyRoute(ctx, args, "replace");
  if (matches(command, "delete")) return modifyRoute(ctx, args, "del");
  if (matches(command, "list") || matches(command, "show") || matches(command, "lst"))
    return showRoutes(ctx, args);
  if (matches(command, "get")) return routeGet(ctx, args);
  throw ipErrors.unknownCommand(command, "route");
}

const TYPES: readonly RouteType[] = ["unicast", "local", "broadcast", "unreachable", "prohibit", "blackhole"];
const TABLES: Readonly<Record<string, RouteTable>> = {
  main: "main",
  "254": "main",
  local: "local",
  "255": "local",
};
const SCOPES: Readonly<Record<string, Route["scope"]>> = {
  global: "global",
  universe: "global",
  link: "link",
  host: "host",
};

interface RouteRequest {
  type?: RouteType;
  dst?: Prefix;
  gateway?: number;
  dev?: string;
  prefsrc?: number;
  metric?: number;
  table?: RouteTable;
  scope?: Route["scope"];
}

function readTable(text: string): RouteTable {
  const table = TABLES[text];
  if (!table) throw ipErrors.invalidArgument(text, "table id value is invalid\n");
  return table;
}

function parseRouteRequest(args: Args): RouteRequest {
  const req: RouteRequest = {};
  while (!args.done) {
    const arg = args.next();
    if (arg === "via") req.gateway = addressOrFail(args.value());
    else if (arg === "dev" || arg === "oif") req.dev = args.value();
    else if (arg === "src") req.prefsrc = addressOrFail(args.value());
    else if (arg === "metric" || arg === "priority" || arg === "preference") {
      const text = args.value();
      if (!/^\d+$/.test(text)) throw ipErrors.invalidArgument(text, '"metric" value is invalid\n');
      req.metric = Number(text);
    } else if (arg === "table") req.table = readTable(args.value());
    else if (arg === "scope") {
      const text = args.value();
      const scope = SCOPES[text];
      if (!scope) throw ipErrors.invalidArgument(text, 'invalid "scope" value\n');
      req.scope = scope;
    } else {
      let text = arg === "to" ? args.value() : arg;
      if (req.dst === undefined && req.type === undefined && TYPES.includes(text as RouteType)) {
        req.type = text as RouteType;
        text = args.value();
      }
      if (req.dst !== undefined) throw ipErrors.garbage("to", text);
      req.dst = prefixOrFail(text, true);
    }
  }
  return req;
}

function modifyRoute(ctx: IpContext, args: Args, op: "add" | "replace" | "del"): void {
  const req = parseRouteRequest(args);
  if (!req.dst) throw ipErrors.incomplete();
  const dst = networkOf(req.dst.addr, req.dst.len);
  if (dst !== req.dst.addr) throw ipErrors.kernel("Invalid prefix for given prefix length.");
  if (req.dev !== undefined && !ctx.netns.links.has(req.dev)) throw ipErrors.cannotFindDevice(req.dev);
  const type = req.type ?? "unicast";
  const table = req.table ?? (type === "local" || type === "broadcast" ? "local" : "main");
  if (op === "del") {
    const error = deleteRoute(ctx.netns, {
      table,
      dst,
      prefixLen: req.dst.len,
      type: req.type,
      gateway: req.gateway,
      dev: req.dev,
      prefsrc: req.prefsrc,
      metric: req.metric,
      scope: req.scope,
    });
    if (error) throw ipErrors.rtnetlink(error);
    return;
  }
  const route = buildRoute(ctx, req, { table, type, dst });
  if (op === "replace") replaceRoute(ctx.netns, route);
  else {
    const error = addRoute(ctx.netns, route);
    if (error) throw ipErrors.rtnetlink(error);
  }
}

/** fib_create_info: checks the next hop and the preferred source as the kernel does. */
function buildRoute(
  ctx: IpContext,
  req: RouteRequest,
  base: { table: RouteTable; type: RouteType; dst: number },
): Route {
  const prefixLen = req.dst?.len ?? 0;
  const common = { ...base, prefixLen, protocol: "boot" as const, metric: req.metric, prefsrc: req.prefsrc };
  if (base.type === "unreachable" || base.type === "prohibit" || base.type === "blackhole") {
    return { ...common, scope: req.scope ?? "global" };
  }
  if (req.prefsrc !== undefined && addressType(ctx.netns, req.prefsrc) !== "LOCAL")
    throw ipErrors.kernel("Invalid prefsrc address.");
  const scope = req.scope ?? (base.type === "local" ? "host" : req.gateway === undefined ? "link" : "global");
  if (req.gateway === undefined) {
    if (req.dev === undefined) throw ipErrors.rtnetlink("No such device");
    if (!ctx.netns.links.get(req.dev)?.up) throw ipErrors.kernel("Device for nexthop is not up.");
    return { ...common, dev: req.dev, scope };
  }
  // fib_check_nh_v4_gw: the gateway must be on a link (a link- or host-scope route), through `dev` if given.
  const via = fibRoute(ctx.netns, req.gateway, req.dev);
  if (!via || (via.type !== "unicast" && via.type !== "local") || via.scope === "global" || !via.dev)
    throw ipErrors.kernel("Nexthop has invalid gateway.");
  return { ...common, gateway: req.gateway, dev: req.dev ?? via.dev, scope };
}

/** `ip route [show] [table T] [PREFIX] [dev DEV]`: the table in trie order. */
function showRoutes(ctx: IpContext, args: Args): void {
  let table: RouteTable = "main";
  let dst: Prefix | undefined;
  let dev: string | undefined;
  while (!args.done) {
    const arg = args.next();
    if (arg === "table") table = readTable(args.value());
    else if (arg === "dev") {
      dev = args.value();
      if (!ctx.netns.links.has(dev)) throw ipErrors.cannotFindDevice(dev);
    } else {
      const text = arg === "to" ? args.value() : arg;
      if (dst) throw ipErrors.garbage("to", text);
      dst = prefixOrFail(text, true);
    }
  }
  if (ctx.family === 6) return;
  const routes = sortedRoutes(ctx.netns.routes).filter((r) => r.table === table);
  if (table === "local" && routes.length === 0) throw ipErrors.tableMissing();
  for (const route of routes) {
    if (dev !== undefined && route.dev !== dev) continue;
    if (dst && (route.dst !== networkOf(dst.addr, dst.len) || route.prefixLen !== dst.len)) continue;
    ctx.out(formatRoute(ctx.netns, route, { dev: dev !== undefined }));
  }
}
