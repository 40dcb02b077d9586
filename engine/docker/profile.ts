import type { Host, RuleRef } from "./host";
import { rules2010 } from "./rules-20.10";
import { rules28 } from "./rules-28";
import { rules29 } from "./rules-29";
import type { DaemonOptions, Endpoint, Network, PortBinding } from "./state";

/** What a published port's rules need to know: the binding and where it leads. */
export interface PortTarget {
  readonly network: Network;
  readonly endpoint: Endpoint;
  readonly binding: PortBinding;
}

/**
 * The iptables rules one Docker version writes (libnetwork's bridge driver and firewall code), as
 * calls on the host. Each returns the rules it owns, which Docker deletes again with their object.
 */
export interface RuleWriter {
  /** Driver init: Docker's chains and the jumps into them. */
  init(host: Host, options: DaemonOptions): void;
  network(host: Host, network: Network, options: DaemonOptions): RuleRef[];
  /** Per container endpoint (28.2+: the raw direct-routing DROP). */
  endpoint(host: Host, network: Network, endpoint: Endpoint): RuleRef[];
  port(host: Host, target: PortTarget, options: DaemonOptions): RuleRef[];
}

export type ProfileName = "20.10" | "28" | "29";

/** A Docker release line: its version strings, allocation rules and iptables rules. */
export interface Profile {
  readonly name: ProfileName;
  /** As `docker version` / `dockerd --version` print it. */
  readonly version: string;
  readonly apiVersion: string;
  readonly gitCommit: string;
  /** Before 28: container MAC = 02:42 + its IPv4 address; from 28 a random one. */
  readonly macFromIp: boolean;
  /** 27+: lowest free pool first; before, round-robin from where the last allocation stopped. */
  readonly firstFitPools: boolean;
  /**
   * The CLI writes an IPv6 host address in brackets: `[::]:8080` in `docker port` since 23.0
   * (docker/cli#2972, net.JoinHostPort) and in `docker ps` since 27.2 (docker/cli#5363); 20.10
   * prints `:::8080`.
   */
  readonly bracketsIpv6: boolean;
  /** 23.0+ (docker/cli#3892): `docker port` sorts its lines; 20.10 prints them in the daemon's order. */
  readonly sortsPortLines: boolean;
  /** 27+: the bridge driver sorts a container's port bindings (cmpPortBinding) before it binds them. */
  readonly sortsPortBindings: boolean;
  /**
   * 28+: every endpoint that joins a container gets ProgramExternalConnectivity (told whether it is
   * the gateway), which since 23.0 (moby#43409, #44742) flushes conntrack for the endpoint's address
   * and its published UDP host ports. 20.10 flushes only when the gateway endpoint leaves.
   */
  readonly flushesConntrackOnJoin: boolean;
  readonly rules: RuleWriter;
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  "20.10": {
    name: "20.10",
    version: "20.10.27",
    apiVersion: "1.41",
    gitCommit: "a61e2b4",
    macFromIp: true,
    firstFitPools: false,
    bracketsIpv6: false,
    sortsPortLines: false,
    sortsPortBindings: false,
    flushesConntrackOnJoin: false,
    rules: rules2010,
  },
  "28": {
    name: "28",
    version: "28.5.2",
    apiVersion: "1.51",
    gitCommit: "89c5e8f",
    macFromIp: false,
    firstFitPools: true,
    bracketsIpv6: true,
    sortsPortLines: true,
    sortsPortBindings: true,
    flushesConntrackOnJoin: true,
    rules: rules28,
  },
  "29": {
    name: "29",
    version: "29.0.0",
    apiVersion: "1.52",
    gitCommit: "d105562",
    macFromIp: false,
    firstFitPools: true,
    bracketsIpv6: true,
    sortsPortLines: true,
    sortsPortBindings: true,
    flushesConntrackOnJoin: true,
    rules: rules29,
  },
};

/** Oldest first (Object.keys would put the integer-like "28" and "29" before "20.10"). */
export const profileNames: readonly ProfileName[] = ["20.10", "28", "29"];
