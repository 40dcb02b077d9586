import type { ContainerView, WorldView } from "../../engine/view";
import type { Composition } from "./command";

/** What a preset sends: a composition the form can show, or a line of several commands. */
export type Sending = Composition | { readonly line: string };

/**
 * One of the article's stories. `setup` gives the commands that make the world able to tell it
 * (nothing when it already can); `send` reads the world after them and says what to send.
 */
export interface Preset {
  readonly name: string;
  readonly what: string;
  setup(view: WorldView): string[];
  send(view: WorldView): Sending | undefined;
}

const SERVER = "198.18.5.130";
const LAN_HOST = "192.168.31.228";

const running = (view: WorldView): ContainerView[] =>
  view.docker?.containers.filter((c) => c.state === "running" && c.endpoints.length > 0) ?? [];

/** The first TCP port something listens on in the container, if any. */
const listens = (view: WorldView, c: ContainerView): number | undefined =>
  view.namespaces.find((ns) => ns.name === c.netns)?.listeners.find((l) => l.proto === "tcp")?.port;

/**
 * A pair of running containers on one network (same) or on two (not): a client, and the newest
 * container that listens as the server.
 */
function pair(view: WorldView, same: boolean) {
  const all = running(view);
  for (const server of [...all].reverse()) {
    const port = listens(view, server);
    const net = server.endpoints[0]!;
    const client = all.find((c) => c !== server && (c.endpoints[0]!.network === net.network) === same);
    if (port !== undefined && client) return { client, to: `${net.ip}:${port}` };
  }
  return undefined;
}

const nameFree = (view: WorldView, name: string) => !view.docker?.containers.some((c) => c.name === name);

/** The first published TCP port of a running container, if any. */
const publishedPort = (view: WorldView) =>
  running(view)
    .flatMap((c) => c.ports)
    .find((p) => p.proto === "tcp");

/** From `from` to the host's `address` on a published port (publishing nginx's 80 as 8080 if none is). */
function published(from: "laptop" | "host", address: string, what: string): Preset {
  return {
    name: `${from === "host" ? "localhost" : from} → published port`,
    what,
    setup: (view) =>
      publishedPort(view)
        ? []
        : [`docker run -d${nameFree(view, "web") ? " --name web" : ""} -p 8080:80 nginx`],
    send: (view) => {
      const port = publishedPort(view);
      return port && { from, to: `${address}:${port.hostPort}`, probe: "http" };
    },
  };
}

export const PRESETS: readonly Preset[] = [
  {
    name: "container → internet",
    what: "out through docker0 and the host's MASQUERADE, tracked by conntrack",
    setup: (view) => (running(view).length > 0 ? [] : ["docker run -d nginx"]),
    send: (view) => {
      const from = running(view)[0];
      return from && { from: from.name, to: `${SERVER}:80`, probe: "http" };
    },
  },
  published(
    "laptop",
    LAN_HOST,
    "DNAT in PREROUTING to the container, then FORWARD: the host's INPUT never sees it",
  ),
  published(
    "host",
    "127.0.0.1",
    "Docker's OUTPUT DNAT skips 127.0.0.0/8: docker-proxy accepts it and opens its own connection",
  ),
  {
    name: "host → container",
    what: "the host's own packet: OUTPUT, out docker0 to the container; never FORWARD",
    setup: (view) =>
      running(view).some((c) => listens(view, c) !== undefined) ? [] : ["docker run -d nginx"],
    send: (view) => {
      const server = running(view).find((c) => listens(view, c) !== undefined);
      return (
        server && { from: "host", to: `${server.endpoints[0]!.ip}:${listens(view, server)}`, probe: "tcp" }
      );
    },
  },
  {
    name: "container → container",
    what: "two containers on one bridge: bridged, filtered only with br_netfilter",
    setup: (view) => (pair(view, true) ? [] : ["docker run -d redis", "docker run -d alpine sleep infinity"]),
    send: (view) => {
      const found = pair(view, true);
      return found && { from: found.client.name, to: found.to, probe: "tcp" };
    },
  },
  {
    name: "across bridges",
    what: "from one Docker network to another: the isolation rules drop it",
    setup: (view) => {
      if (pair(view, false)) return [];
      const backend = view.docker?.networks.some((n) => n.name === "backend");
      return [
        ...(backend ? [] : ["docker network create backend"]),
        `docker run -d${nameFree(view, "api") ? " --name api" : ""} --network backend nginx`,
        ...(running(view).some((c) => c.endpoints[0]!.network !== "backend")
          ? []
          : ["docker run -d alpine sleep infinity"]),
      ];
    },
    send: (view) => {
      const found = pair(view, false);
      return found && { from: found.client.name, to: found.to, probe: "http" };
    },
  },
  {
    name: "port clash",
    what: "two containers, one source port, one server: MASQUERADE moves the second's port",
    setup: (view) =>
      Array.from(
        { length: Math.max(0, 2 - running(view).length) },
        () => "docker run -d alpine sleep infinity",
      ),
    send: (view) => {
      const [a, b] = running(view);
      if (!a || !b) return undefined;
      const curl = `curl -s -m 2 --local-port 40000 http://${SERVER}/`;
      return { line: `docker exec ${a.name} ${curl}; docker exec ${b.name} ${curl}` };
    },
  },
  {
    name: "laptop → internet :80",
    what: "through the router's MASQUERADE, tracked by conntrack",
    setup: () => [],
    send: () => ({ from: "laptop", to: `${SERVER}:80`, probe: "http" }),
  },
  {
    name: "host → internet ping",
    what: "an echo request and its reply",
    setup: () => [],
    send: () => ({ from: "host", to: SERVER, probe: "icmp" }),
  },
];
