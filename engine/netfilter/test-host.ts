import { addAddress } from "../netdev/addr";
import { enslave } from "../netdev/bridge-port";
import { createLink, createVethPair } from "../netdev/devices";
import type { Link } from "../netdev/link";
import { makeNetns } from "../netdev/namespace";
import { setLinkUp } from "../netdev/updown";
import { parseIpv4 } from "../route/ipv4";
import { createWorldState, type Netns, type World } from "../world";

/** A small world for tests of matches and targets that look at devices and addresses. */
export interface TestHost {
  readonly world: World;
  /** "host": lo, eth0 10.0.0.1/24 (to "router", 10.0.0.254), docker0 172.17.0.1/16 with port vethc (to "ctr", 172.17.0.2). */
  readonly host: Netns;
  readonly eth0: Link;
  readonly docker0: Link;
  readonly vethc: Link;
  readonly router: Netns;
  readonly ctr: Netns;
}

function address(netns: Netns, link: Link, cidr: string): void {
  const [addr, len] = cidr.split("/");
  addAddress(netns, link, {
    addr: parseIpv4(addr!)!,
    prefixLen: Number(len),
    scope: "global",
    label: link.name,
  });
}

export function testHost(): TestHost {
  const world = createWorldState();
  const host = makeNetns(world, "host");
  const router = makeNetns(world, "router");
  const ctr = makeNetns(world, "ctr");
  const eth0 = createVethPair(world, host, { name: "eth0", kind: "veth", mac: "02:00:00:00:00:01" }, router, {
    name: "eth0",
    kind: "veth",
    mac: "02:00:00:00:00:fe",
  });
  const docker0 = createLink(world, host, { name: "docker0", kind: "bridge", mac: "02:42:00:00:00:01" });
  const vethc = createVethPair(world, host, { name: "vethc", kind: "veth", mac: "02:42:00:00:00:99" }, ctr, {
    name: "eth0",
    kind: "veth",
    mac: "02:42:ac:11:00:02",
  });
  enslave(world, vethc, docker0);
  address(host, eth0, "10.0.0.1/24");
  address(host, docker0, "172.17.0.1/16");
  address(router, router.links.get("eth0")!, "10.0.0.254/24");
  address(ctr, ctr.links.get("eth0")!, "172.17.0.2/16");
  for (const netns of [host, router, ctr]) for (const link of netns.links.values()) setLinkUp(world, link);
  return { world, host, eth0, docker0, vethc, router, ctr };
}
