import { existsSync, readFileSync } from "node:fs";
import { TCP, type Packet } from "../stack/packet";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import { createNet } from "../stack/net";
import { nfHook } from "../stack/nf-hook";
import type { World } from "../world";
import { figure, ROUNDS, summarize, type BenchResult } from "./measure";

const CONNECTIONS = Number(process.env.NPB_N ?? 100_000);
/** 1,000 containers × 100 source ports each, to 8 servers: the same ports meet on the one masqueraded address. */
const SOURCES = 1000;
const SERVERS = 8;

const SETUP = "iptables -t nat -A POSTROUTING -s 172.17.0.0/16 -o eth0 -j MASQUERADE\n";

function natWorld(): World {
  const world = createWorld("bare");
  const [masq] = runScript(world, SETUP);
  if (masq?.status !== 0) throw new Error(`MASQUERADE rule failed: ${JSON.stringify(masq?.output)}`);
  return world;
}

/** Connection i's SYN: from container i % SOURCES (172.17.x.y), port 40000 + i / SOURCES, to a server's 443. */
function syn(i: number): Packet {
  const host = 2 + (i % SOURCES);
  return {
    id: i + 1,
    src: (172 << 24) | (17 << 16) | host,
    dst: ((198 << 24) | (18 << 16) | (5 << 8) | (1 + (i % SERVERS))) >>> 0,
    proto: 6,
    ttl: 63,
    tos: 0,
    ipId: i & 0xffff,
    df: true,
    fragOffset: 0,
    length: 60,
    l4: {
      proto: 6,
      sport: 40000 + Math.floor(i / SOURCES),
      dport: 443,
      seq: i,
      ack: 0,
      flags: TCP.SYN,
      window: 64240,
    },
    payload: "",
    mark: 0,
    iif: "docker0",
    oif: "",
    physIn: "",
    physOut: "",
    untracked: false,
    traced: false,
  };
}

/**
 * The kernel's path for a forwarded first packet, without routing (fixed here: out of eth0):
 * PREROUTING (raw, conntrack, mangle, nat), FORWARD, POSTROUTING (nat with MASQUERADE, confirm).
 */
function forward(world: World, packets: readonly Packet[]): number {
  const host = world.netns.get("host")!;
  const net = createNet(world, undefined);
  const start = process.hrtime.bigint();
  for (const packet of packets) {
    if (nfHook(net, host, "PREROUTING", packet) === "DROP")
      throw new Error(`PREROUTING dropped ${packet.id}`);
    packet.oif = "eth0";
    if (nfHook(net, host, "FORWARD", packet) === "DROP") throw new Error(`FORWARD dropped ${packet.id}`);
    if (nfHook(net, host, "POSTROUTING", packet) === "DROP")
      throw new Error(`POSTROUTING dropped ${packet.id}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e3 / packets.length;
}

const gc = (): void => {
  if (!globalThis.gc) throw new Error("run node with --expose-gc");
  globalThis.gc();
};

/** One round: a fresh world, CONNECTIONS new connections; µs per connection and heap bytes per entry. */
function round(): { perConn: number; perEntry: number; clashes: number } {
  const world = natWorld();
  const packets = Array.from({ length: CONNECTIONS }, (_, i) => syn(i));
  gc();
  const before = process.memoryUsage().heapUsed;
  const perConn = forward(world, packets);
  const host = world.netns.get("host")!;
  if (host.conntrack.entries.size !== CONNECTIONS)
    throw new Error(`${host.conntrack.entries.size} entries instead of ${CONNECTIONS}`);
  const clashes = [...host.conntrack.entries].filter((c) => c.reply.dport !== c.orig.sport).length;
  packets.length = 0;
  gc();
  const perEntry = (process.memoryUsage().heapUsed - before) / CONNECTIONS;
  return { perConn, perEntry, clashes };
}

/** The kernel's nf_conn object size, from /proc/slabinfo (root only, once nf_conntrack is loaded). */
function kernelEntrySize(): { bytes?: number; skipped?: string } {
  if (process.getuid?.() !== 0) return { skipped: "/proc/slabinfo needs root" };
  if (!existsSync("/proc/slabinfo")) return { skipped: "/proc/slabinfo is missing" };
  const line = readFileSync("/proc/slabinfo", "utf8")
    .split("\n")
    .find((l) => l.startsWith("nf_conntrack "));
  if (!line) return { skipped: "nf_conntrack is not loaded" };
  return { bytes: Number(line.split(/\s+/)[3]) };
}

/** §3: new connections through MASQUERADE with port clashes, and what each entry costs in memory. */
export function benchConntrackNat(): BenchResult[] {
  if (!process.env.NPB_NOWARM) round(); // warm-up
  const rounds = Array.from({ length: ROUNDS }, round);
  const clashes = rounds[0]!.clashes;
  const name = (what: string) =>
    `${what}: ${CONNECTIONS} connections through MASQUERADE, ${clashes} of them moved to another port`;
  const kernel = kernelEntrySize();
  const peer =
    kernel.bytes === undefined
      ? { skipped: kernel.skipped }
      : {
          peer: {
            name: "kernel nf_conn (slab object)",
            timed: { median: kernel.bytes, min: kernel.bytes, max: kernel.bytes, runs: 1 },
          },
        };
  return [
    figure("3", name("time per new connection"), "µs", summarize(rounds.map((r) => r.perConn))),
    figure("3", name("heap per conntrack entry"), "bytes", summarize(rounds.map((r) => r.perEntry)), peer),
  ];
}
