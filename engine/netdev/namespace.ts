import { createNetns, type Netns, type World } from "../world";
import { createLink } from "./devices";
import { initNetnsSysctls } from "./sysctl";

/** Named namespaces live as files under /run/netns, as `ip netns add` makes them. */
export const NETNS_RUN_DIR = "/run/netns/";

/** A new namespace as the kernel makes it: `lo` (ifindex 1), down, no addresses, fresh sysctls. */
export function makeNetns(world: World, name: string): Netns {
  const netns = createNetns(name);
  initNetnsSysctls(netns);
  world.netns.set(name, netns);
  createLink(world, netns, { name: "lo", kind: "loopback" });
  return netns;
}

/** `ip netns add`: the namespace and its /run/netns entry. */
export function addNamedNetns(world: World, name: string): Netns {
  world.files.set(NETNS_RUN_DIR + name, "");
  return makeNetns(world, name);
}

/** The names under /run/netns, newest first as tmpfs lists a directory. */
export function namedNetns(world: World): string[] {
  return [...world.files.keys()]
    .filter((path) => path.startsWith(NETNS_RUN_DIR))
    .map((path) => path.slice(NETNS_RUN_DIR.length))
    .reverse();
}

export const isNamedNetns = (world: World, name: string): boolean => world.files.has(NETNS_RUN_DIR + name);
