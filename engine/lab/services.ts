import { daemonOf } from "../docker/state";
import { formatIpv4 } from "../route/ipv4";
import type { Listener } from "../stack/socket";
import type { World } from "../world";

/**
 * Real processes that stand in for services the playground models in-process (see stand-ins.ts):
 * a namespace's servers (a preset world's web and DNS servers, a container's image), or one
 * docker-proxy. `nc -l` listeners are not among them: the lab runs the scenario's `nc` for real.
 */
export interface StandIn {
  /** Names the process, to stop it when its services go away (a container stops). */
  readonly name: string;
  readonly netns: string;
  /** The name the web server's default page shows. */
  readonly owner: string;
  readonly httpPorts: readonly number[];
  readonly dnsPorts: readonly number[];
  /** TCP ports that accept connections and answer nothing (a container's database). */
  readonly tcpPorts: readonly number[];
  /** docker-proxy: `ADDR:PORT>TO:TOPORT`. */
  readonly relays: readonly string[];
  /** docker-proxy -proto udp: `ADDR:PORT>TO:TOPORT`. */
  readonly udpRelays: readonly string[];
}

const DOCKER_PROXY = "docker-proxy";

/** docker-proxy's argv value after `flag`. */
const flag = (argv: readonly string[], name: string): string => argv[argv.indexOf(name) + 1] ?? "";

const protoName = (listener: Listener) => (listener.proto === 17 ? "udp" : "tcp");

/** Where the docker-proxy listening on `listener` relays to: the latest proxy dockerd started there. */
function relayOf(world: World, listener: Listener): string | undefined {
  const here = `${formatIpv4(listener.addr)}:${listener.port}`;
  const started = daemonOf(world)
    .steps.filter(
      ({ daemon, argv }) =>
        daemon && argv[0] === DOCKER_PROXY && flag(argv, "-proto") === protoName(listener),
    )
    .map(({ argv }) => ({
      here: `${flag(argv, "-host-ip")}:${flag(argv, "-host-port")}`,
      there: `${flag(argv, "-container-ip")}:${flag(argv, "-container-port")}`,
    }))
    .filter((proxy) => proxy.here === here);
  const last = started.at(-1);
  return last && `${here}>${last.there}`;
}

/** The stand-ins `world` needs as it is now, by name. */
export function standIns(world: World): Map<string, StandIn> {
  const found = new Map<string, StandIn>();
  for (const [netns, ns] of world.netns) {
    const listeners = ns.sockets.filter(
      (socket): socket is Listener => socket.kind === "listen" && socket.owner !== "nc",
    );
    for (const proxy of listeners.filter((l) => l.owner === DOCKER_PROXY)) {
      const relay = relayOf(world, proxy);
      const udp = proxy.proto === 17;
      // The same port may be published for TCP and UDP: UDP's is marked (a file name: no /).
      const name = `${DOCKER_PROXY}.${formatIpv4(proxy.addr)}:${proxy.port}${udp ? ".udp" : ""}`;
      if (relay) found.set(name, serving(name, netns, udp ? { udpRelays: [relay] } : { relays: [relay] }));
    }
    const servers = listeners.filter((l) => l.owner !== DOCKER_PROXY);
    if (servers.length === 0) continue;
    const tcp = servers.filter((l) => l.proto === 6);
    found.set(
      netns,
      serving(netns, netns, {
        owner: tcp[0]?.owner ?? netns,
        httpPorts: tcp.filter((l) => l.answer).map((l) => l.port),
        dnsPorts: servers.filter((l) => l.proto === 17).map((l) => l.port),
        tcpPorts: tcp.filter((l) => !l.answer).map((l) => l.port),
      }),
    );
  }
  return found;
}

const serving = (name: string, netns: string, what: Partial<StandIn>): StandIn => ({
  name,
  netns,
  owner: netns,
  httpPorts: [],
  dnsPorts: [],
  tcpPorts: [],
  relays: [],
  udpRelays: [],
  ...what,
});

/** Whether two stand-ins run the same services (a changed one is restarted). */
export const sameStandIn = (a: StandIn, b: StandIn): boolean => JSON.stringify(a) === JSON.stringify(b);
