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
