import type { ConntrackTable } from "./conntrack/table";
import { createConntrackTable } from "./conntrack/table";
import type { Link } from "./netdev/link";
import { createRuleset, type Ruleset } from "./netfilter/ruleset";
import { createRng, type Rng } from "./rng";
import type { Route } from "./route/route";
import type { Packet } from "./stack/packet";
import type { Socket } from "./stack/socket";
import type { TraceEvent } from "./trace/events";

/** A network namespace: its devices, routes, sysctls, netfilter tables, conntrack and sockets. */
export interface Netns {
  readonly name: string;
  /** Devices by name, in creation order. */
  readonly links: Map<string, Link>;
  /** The next ifindex to hand out (lo takes 1). */
  nextIfindex: number;
  /** The main and local routing tables' routes (kernel-made and added), in insertion order. */
  routes: Route[];
  /** Per-namespace sysctls by dotted key (`net.ipv4.ip_forward` → "0"). */
  readonly sysctl: Map<string, string>;
  readonly ruleset: Ruleset;
  readonly conntrack: ConntrackTable;
  readonly sockets: Socket[];
}

/**
 * Everything a scenario can change. Deterministic: time is a virtual clock and randomness comes from
 * a seeded generator, so a script replays identically in the browser, in Node and in CI.
 */
export interface World {
  readonly netns: Map<string, Netns>;
  /** The scenario's small file system: path → contents (heredocs, `>` redirection, `iptables-restore < f`). */
  readonly files: Map<string, string>;
  /** Virtual wall clock, milliseconds since the Unix epoch; `iptables-save` headers print it. */
  clock: number;
  readonly rng: Rng;
  /** Numbers packets for the trace. */
  nextPacketId: number;
  /** Set while someone watches (the app, `netplay run --trace`): the packet path records its steps here. */
  trace?: TraceEvent[];
  /** Packet taps on devices (tcpdump): each sees every packet sent or received on its device. */
  readonly taps: Tap[];
  /**
   * What background jobs (`nc -l … &`, `tcpdump … &`) printed while the current command ran; the
   * shell shows it after that command's own output, as a terminal would interleave it.
   */
  readonly background: { readonly fd: 1 | 2; readonly text: string }[];
  /** The kernel's log (LOG's lines), with the virtual time each was written, as dmesg reads it. */
  readonly kernelLog: { readonly at: number; readonly text: string }[];
}

/**
 * A capture on one device: it is shown each packet leaving (`out`) or arriving on that device, with
 * the frame's Ethernet addresses ("" on lo).
 */
export interface Tap {
  readonly netns: string;
  readonly dev: string;
  see(packet: Packet, out: boolean, macs: FrameMacs): void;
}

export interface FrameMacs {
  readonly src: string;
  readonly dst: string;
}

/** 2026-11-26 18:00:00 UTC: a fixed start so that dated output replays byte for byte. */
export const WORLD_EPOCH_MS = Date.UTC(2026, 10, 26, 18, 0, 0);

/** When the host booted, for dmesg's timestamps: an hour before the scenario starts. */
export const WORLD_BOOT_MS = WORLD_EPOCH_MS - 3_600_000;

export function createWorldState(): World {
  return {
    netns: new Map(),
    files: new Map(),
    clock: WORLD_EPOCH_MS,
    rng: createRng(),
    nextPacketId: 1,
    taps: [],
    background: [],
    kernelLog: [],
  };
}

/** An empty namespace as `ip netns add` leaves it: no devices yet (see netdev for `lo`). */
export function createNetns(name: string): Netns {
  return {
    name,
    links: new Map(),
    nextIfindex: 1,
    routes: [],
    sysctl: new Map(),
    ruleset: createRuleset(),
    conntrack: createConntrackTable(),
    sockets: [],
  };
}
