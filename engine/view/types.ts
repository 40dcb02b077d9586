import type { LinkKind } from "../netdev/link";
import type { Hook } from "../netfilter/hooks";
import type { TableName } from "../netfilter/tables";

/**
 * What the app draws of a world: plain, structured-cloneable data made by the engine's own printers,
 * so the app never re-derives network facts. A new snapshot is taken after every command.
 */
export interface WorldView {
  /** The virtual clock, ms since the epoch. */
  readonly clock: number;
  /** In creation order: `host` first. */
  readonly namespaces: readonly NetnsView[];
  /** What dockerd keeps, once it has run: its networks and containers. */
  readonly docker?: DockerView;
}

/** dockerd's state as `docker network ls`, `docker ps -a` and `docker inspect` would show it. */
export interface DockerView {
  /** The Docker version whose rules it writes: "20.10", "28" or "29". */
  readonly profile: string;
  readonly running: boolean;
  /** Bridge networks in creation order: `bridge` (docker0) first. */
  readonly networks: readonly NetworkView[];
  /** In creation order. */
  readonly containers: readonly ContainerView[];
}

export interface NetworkView {
  readonly name: string;
  /** docker0, br-<id[:12]>. */
  readonly bridge: string;
  /** "172.17.0.0/16". */
  readonly subnet: string;
  readonly gateway: string;
}

export interface ContainerView {
  readonly id: string;
  readonly name: string;
  /** As given to `docker run`: "nginx", "caddy:2-alpine". */
  readonly image: string;
  /** The command given to `docker run` after the image; empty for the image's own. */
  readonly cmd: readonly string[];
  /** Run with -i or -t: a shell in it keeps running. */
  readonly interactive: boolean;
  readonly state: "created" | "running" | "exited";
  /** The namespace holding its network stack. */
  readonly netns: string;
  readonly ports: readonly PortView[];
  readonly endpoints: readonly EndpointView[];
}

export interface PortView {
  readonly proto: "tcp" | "udp";
  /** "" for every address. */
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerPort: number;
}

export interface EndpointView {
  /** The network's name. */
  readonly network: string;
  readonly ip: string;
  /** Inside the container: eth0, eth1… */
  readonly ifname: string;
  /** The host end of the veth pair, a port of the network's bridge. */
  readonly veth: string;
}

/** One packet as `tcpdump -n -i DEV` prints it while a command runs. */
export interface CaptureLine {
  readonly netns: string;
  readonly dev: string;
  /** The line without its newline. */
  readonly line: string;
  /** The packet's id in the trace. */
  readonly packet: number;
  /** How many trace events had been recorded when the device saw it: the step it belongs to. */
  readonly step: number;
  /** When the device saw it (virtual clock, ms) and the frame's bytes, for a .pcap (trace/pcap.ts). */
  readonly time: number;
  readonly frame: Uint8Array;
}

export interface NetnsView {
  readonly name: string;
  /** By ifindex, as `ip link` lists them. */
  readonly links: readonly LinkView[];
  /** `ip route` lines (the main table), without their trailing space and newline. */
  readonly routes: readonly string[];
  readonly listeners: readonly ListenerView[];
  /** net.ipv4.ip_forward is 1. */
  readonly forwarding: boolean;
  /** raw, mangle, nat, filter, security. */
  readonly tables: readonly TableView[];
  /** `conntrack -L` lines, oldest first. */
  readonly conntrack: readonly string[];
}

export interface LinkView {
  readonly name: string;
  /** As `ip link` prints it: "eth0@if3", "veth0@veth1", "lo". */
  readonly label: string;
  readonly index: number;
  readonly kind: LinkKind;
  readonly up: boolean;
  /** Up with carrier (LOWER_UP). */
  readonly lowerUp: boolean;
  readonly mac: string;
  readonly mtu: number;
  /** "192.168.31.228/24", as `ip addr` prints the inet lines. */
  readonly addrs: readonly string[];
  /** The other end of a veth. */
  readonly peer?: { readonly netns: string; readonly name: string };
  /** The bridge this device is a port of. */
  readonly master?: string;
}

export interface ListenerView {
  readonly proto: "tcp" | "udp";
  /** The bound address, "0.0.0.0" for any. */
  readonly addr: string;
  readonly port: number;
  readonly owner: string;
}

export interface TableView {
  readonly name: TableName;
  /** In the order -S and -L print them: built-ins by hook, then user chains by name. */
  readonly chains: readonly ChainView[];
  /** The column header line of `iptables -L -n -v -x`, without its newline. */
  readonly columns: string;
}

export interface ChainView {
  readonly name: string;
  readonly hook?: Hook;
  readonly policy?: "ACCEPT" | "DROP";
  /** `-P CHAIN POLICY` or `-N CHAIN`, as -S prints it. */
  readonly spec: string;
  /** `Chain NAME (policy … packets, … bytes)` as `-L -n -v -x` prints it. */
  readonly header: string;
  readonly rules: readonly RuleView[];
}

export interface RuleView {
  /** 1-based, as --line-numbers shows. */
  readonly num: number;
  /** `-A CHAIN …` as -S prints it. */
  readonly spec: string;
  /** The rule's row in `-L -n -v -x`. */
  readonly row: string;
  readonly packets: number;
  readonly bytes: number;
}
