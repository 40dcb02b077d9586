import { formatConn } from "../conntrack/format";
import { formatRoute } from "../iproute2/route-format";
import { readSysctl } from "../netdev/sysctl";
import { formatIpv4 } from "../route/ipv4";
import { sortedRoutes } from "../route/table";
import type { Netns, World } from "../world";
import { dockerView } from "./docker";
import { linksView } from "./links";
import { tablesView } from "./tables";
import type { ListenerView, NetnsView, WorldView } from "./types";

function listenersView(netns: Netns): ListenerView[] {
  const listeners: ListenerView[] = [];
  for (const socket of netns.sockets) {
    if (socket.kind !== "listen") continue;
    const proto = socket.proto === 6 ? "tcp" : "udp";
    listeners.push({ proto, addr: formatIpv4(socket.addr), port: socket.port, owner: socket.owner });
  }
  return listeners;
}

function netnsView(world: World, netns: Netns): NetnsView {
  return {
    name: netns.name,
    links: linksView(netns),
    routes: sortedRoutes(netns.routes)
      .filter((route) => route.table === "main")
      .map((route) => formatRoute(netns, route).trimEnd()),
    listeners: listenersView(netns),
    forwarding: readSysctl(netns, "net.ipv4.ip_forward") === "1",
    tables: tablesView(netns.ruleset),
    // Read-only: expired entries are skipped here rather than reaped (conntrack -L reaps them).
    conntrack: [...netns.conntrack.entries]
      .filter((conn) => conn.expires > world.clock)
      .map((conn) => formatConn(conn, world.clock)),
  };
}

/** A snapshot of the world for the app to draw; it never changes the world. */
export function viewOf(world: World): WorldView {
  const docker = dockerView(world);
  return {
    clock: world.clock,
    namespaces: [...world.netns.values()].map((netns) => netnsView(world, netns)),
    ...(docker ? { docker } : {}),
  };
}
