import { flushDownDevice, installRoutes, routesOfAddress } from "../route/kernel-routes";
import type { World } from "../world";
import { addAddress } from "./addr";
import type { Link } from "./link";
import { settle } from "./settle";

/** `ip link set DEV up|down` (dev_open / dev_close) and what the kernel does on NETDEV_UP/DOWN. */

const LOOPBACK_ADDR = 0x7f000001;

export function setLinkUp(world: World, link: Link): void {
  const netns = world.netns.get(link.netns);
  if (link.up || !netns) return;
  link.up = true;
  link.qdisc = "noqueue";
  // inetdev_event(NETDEV_UP) gives lo 127.0.0.1/8 when it has no such address yet.
  if (link.kind === "loopback" && !link.addrs.some((a) => a.addr === LOOPBACK_ADDR)) {
    addAddress(netns, link, { addr: LOOPBACK_ADDR, prefixLen: 8, scope: "host", label: link.name });
  }
  for (const ifa of link.addrs) installRoutes(netns, routesOfAddress(link, ifa));
  settle(world);
}

export function setLinkDown(world: World, link: Link): void {
  const netns = world.netns.get(link.netns);
  if (!link.up || !netns) return;
  link.up = false;
  flushDownDevice(netns, link.name);
  settle(world);
}
