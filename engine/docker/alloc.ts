import { randomMac } from "../netdev/mac";
import { nextU32 } from "../rng";
import { broadcastOf, networkOf, prefixMask } from "../route/ipv4";
import type { Netns, World } from "../world";
import type { Profile } from "./profile";
import type { Daemon } from "./state";

/** What Docker hands out: subnets from its default pools, addresses, ids, device names and MACs. */

export interface Subnet {
  readonly base: number;
  readonly len: number;
}

const ip = (a: number, b: number, c = 0, d = 0) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

/** ipamutils' local pools, split: 172.17–172.31 as /16s, then 192.168.0.0/16 as /20s (§2.1). */
export const DEFAULT_POOLS: readonly Subnet[] = [
  ...Array.from({ length: 15 }, (_, i) => ({ base: ip(172, 17 + i), len: 16 })),
  ...Array.from({ length: 16 }, (_, i) => ({ base: ip(192, 168, i * 16), len: 20 })),
];

const overlaps = (a: Subnet, b: Subnet): boolean => {
  const len = Math.min(a.len, b.len);
  return networkOf(a.base, len) === networkOf(b.base, len);
};

/** Prefixes Docker must not take: the host's on-link (scope link) routes (netutils.InferReservedNetworks). */
function reserved(host: Netns): Subnet[] {
  return host.routes
    .filter((r) => r.table === "main" && r.scope === "link")
    .map((r) => ({ base: r.dst, len: r.prefixLen }));
}

/**
 * A free pool: 27+ take the lowest free one; before, the search starts where the last one stopped
 * and a freed subnet comes back only once the list wraps. docker0 in 20.10 takes the first free
 * pool without moving that start.
 */
export function allocateSubnet(
  daemon: Daemon,
  host: Netns,
  profile: Profile,
  moveStart: boolean,
): Subnet | undefined {
  const taken = [...daemon.networks.map((n) => ({ base: n.subnet, len: n.prefixLen })), ...reserved(host)];
  const start = profile.firstFitPools ? 0 : daemon.poolStart;
  for (let i = 0; i < DEFAULT_POOLS.length; i++) {
    const index = (start + i) % DEFAULT_POOLS.length;
    const pool = DEFAULT_POOLS[index]!;
    if (taken.some((t) => overlaps(t, pool))) continue;
    if (moveStart && !profile.firstFitPools) daemon.poolStart = (index + 1) % DEFAULT_POOLS.length;
    return pool;
  }
  return undefined;
}

/** The lowest free host address of a subnet, skipping the network and broadcast addresses. */
export function lowestFree(subnet: Subnet, used: readonly number[]): number | undefined {
  const first = networkOf(subnet.base, subnet.len) + 1;
  const last = broadcastOf(subnet.base, subnet.len) - (subnet.len < 31 ? 1 : 0);
  for (let addr = first; addr <= last; addr++) if (!used.includes(addr)) return addr >>> 0;
  return undefined;
}

export const inSubnet = (addr: number, subnet: Subnet): boolean =>
  (addr & prefixMask(subnet.len)) >>> 0 === networkOf(subnet.base, subnet.len);

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/** A 64-hex-digit id (network, container, endpoint), from the world's generator. */
export const randomId = (world: World): string =>
  Array.from({ length: 8 }, () => hex8(nextU32(world.rng))).join("");

/** `veth` + 7 random hex digits, free in the namespace (netutils.GenerateIfaceName). */
export function vethName(world: World, host: Netns): string {
  for (;;) {
    const name = `veth${hex8(nextU32(world.rng)).slice(0, 7)}`;
    if (!host.links.has(name)) return name;
  }
}

const hex2 = (n: number) => n.toString(16).padStart(2, "0");

/** Before 28: 02:42 and the four bytes of the address (genMAC); from 28 a random one. */
export function endpointMac(world: World, profile: Profile, addr: number): string {
  if (!profile.macFromIp) return randomMac(world.rng);
  return ["02", "42", ...[24, 16, 8, 0].map((s) => hex2((addr >>> s) & 0xff))].join(":");
}

/** A bridge's MAC: 02:42 and four random bytes before 28, a random one after. */
export function bridgeMac(world: World, profile: Profile): string {
  if (!profile.macFromIp) return randomMac(world.rng);
  const r = nextU32(world.rng);
  return ["02", "42", ...[24, 16, 8, 0].map((s) => hex2((r >>> s) & 0xff))].join(":");
}
