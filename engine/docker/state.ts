import type { Listener } from "../stack/socket";
import type { World } from "../world";
import type { RuleRef } from "./host";
import type { ProfileName } from "./profile";

/**
 * What dockerd keeps about one world: its options, networks and containers. Kept beside the world
 * (not in it) because only Docker's commands read it; everything the kernel sees lives in the world.
 */

/** dockerd's options that change what it does to the host (`dockerd --icc=false …`). */
export interface DaemonOptions {
  readonly iptables: boolean;
  readonly icc: boolean;
  readonly ipMasq: boolean;
  readonly ipForward: boolean;
  readonly userlandProxy: boolean;
}

export const DEFAULT_OPTIONS: DaemonOptions = {
  iptables: true,
  icc: true,
  ipMasq: true,
  ipForward: true,
  userlandProxy: true,
};

export interface Network {
  readonly id: string;
  readonly name: string;
  readonly driver: "bridge";
  /** The bridge device: docker0, br-<id[:12]>, or `com.docker.network.bridge.name`. */
  readonly bridge: string;
  readonly subnet: number;
  readonly prefixLen: number;
  readonly gateway: number;
  readonly internal: boolean;
  readonly icc: boolean;
  readonly ipMasq: boolean;
  /** The `-o` driver options as given, for `docker network inspect`. */
  readonly options: ReadonlyMap<string, string>;
  readonly labels: ReadonlyMap<string, string>;
  readonly created: number;
  /** True for docker0's network, `bridge`, which dockerd makes and nobody removes. */
  readonly builtin: boolean;
  /** The iptables rules this network owns, deleted with it. */
  rules: RuleRef[];
}

/** `host` and `none`: listed and inspectable, never wired. */
export interface PseudoNetwork {
  readonly id: string;
  readonly name: "host" | "none";
  readonly driver: "host" | "null";
  readonly created: number;
}

export interface PortBinding {
  readonly proto: "tcp" | "udp";
  /** "" for every IPv4 address (0.0.0.0, named or not). */
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerPort: number;
  /**
   * HostConfig.PortBindings' entry, as `-p` gave it: "" for an address or port left out, a range
   * Docker chose from as `8000-8010`. Only a binding with no address also gets bound on `::`.
   */
  readonly requested: { readonly hostIp: string; readonly hostPort: string };
}

/** One address a published port is bound on: an entry of NetworkSettings.Ports. */
export interface HostBinding {
  readonly proto: "tcp" | "udp";
  readonly containerPort: number;
  /** "0.0.0.0", "::", or the address `-p` named. */
  readonly hostIp: string;
  readonly hostPort: number;
}

/** A container's attachment to a network (a libnetwork endpoint). */
export interface Endpoint {
  readonly network: string;
  readonly id: string;
  readonly ip: number;
  readonly mac: string;
  /** The host side of the veth pair. */
  readonly veth: string;
  /** The name inside the container: eth0, eth1… */
  readonly ifname: string;
  /** Rules for this endpoint (28.2+: the raw direct-routing DROP), deleted when it goes. */
  rules: RuleRef[];
  /** Rules for its published ports, deleted when it loses external connectivity (before `rules`). */
  portRules: RuleRef[];
  /** docker-proxy's listeners on the host for its published ports (userland proxy on). */
  proxies: Listener[];
  /** The driver's port map (NetworkSettings.Ports): each published port's host addresses. */
  portMap: HostBinding[];
}

export type ContainerState = "created" | "running" | "exited";

export interface Container {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly cmd: readonly string[];
  readonly ports: readonly PortBinding[];
  /** The network named at `docker run` (`bridge` unless --network). */
  readonly networkMode: string;
  readonly requestedIp?: number;
  readonly autoRemove: boolean;
  /** Started with -i or -t (compose: stdin_open, tty): a shell keeps reading and runs on. */
  readonly interactive: boolean;
  readonly created: number;
  /** The namespace that holds its network stack (named after the container). */
  readonly netns: string;
  /** The ids of the networks it is configured on, in order (the first is networkMode's): started on each. */
  networks: string[];
  state: ContainerState;
  startedAt?: number;
  finishedAt?: number;
  exitCode: number;
  endpoints: Endpoint[];
  /** Compose's labels, for `docker compose down`. */
  readonly labels: ReadonlyMap<string, string>;
}

/** One command a Docker action ran on the host, in order: `netplay expand` prints these. */
export interface Step {
  readonly netns: string;
  readonly argv: readonly string[];
  /** A process dockerd starts and keeps (docker-proxy), not a command that runs and ends. */
  readonly daemon?: boolean;
  /** A process left running in a container (its server as main process, `docker exec -d`). */
  readonly background?: boolean;
  /**
   * A change dockerd makes through netlink (a conntrack flush): it prints nothing, and finding
   * nothing to change is no error.
   */
  readonly quiet?: boolean;
}

export interface Daemon {
  profile: ProfileName;
  options: DaemonOptions;
  running: boolean;
  networks: Network[];
  pseudoNetworks: PseudoNetwork[];
  containers: Container[];
  /** Address pools handed out (base network numbers); 20.10's allocator also rotates its start. */
  poolStart: number;
  /** Every host command any Docker action has run, in order. */
  readonly steps: Step[];
}

const daemons = new WeakMap<World, Daemon>();

/** The world's daemon state; a world starts with Docker installed but not running, profile 29. */
export function daemonOf(world: World): Daemon {
  let daemon = daemons.get(world);
  if (!daemon) {
    daemon = {
      profile: "29",
      options: DEFAULT_OPTIONS,
      running: false,
      networks: [],
      pseudoNetworks: [],
      containers: [],
      poolStart: 0,
      steps: [],
    };
    daemons.set(world, daemon);
  }
  return daemon;
}
