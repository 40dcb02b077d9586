import type { World } from "../world";
import { hasCarrier, isForwarding } from "./carrier";
import type { Link } from "./link";
import { linkLocalOf } from "./mac";

/**
 * What the kernel does after a state change once its deferred work has run (linkwatch, bridge port
 * state selection, addrconf): bridges recompute their carrier, ready devices get their IPv6
 * addresses, devices that are down lose them.
 */
export function settle(world: World): void {
  for (const netns of world.netns.values()) {
    const links = [...netns.links.values()];
    for (const bridge of links.filter((l) => l.kind === "bridge")) {
      const ports = links.filter((l) => l.master === bridge.name);
      if (ports.length > 0 || bridge.bridgeCarrier !== undefined) {
        bridge.bridgeCarrier = ports.some((port) => isForwarding(port, bridge));
      }
    }
    for (const link of links) refreshInet6(link);
  }
}

/** addrconf: ::1 on lo when up; the EUI-64 link-local once a device is up with carrier; none when down. */
function refreshInet6(link: Link): void {
  if (!link.up) link.inet6 = [];
  else if (link.inet6.length === 0 && hasCarrier(link)) {
    link.inet6 =
      link.kind === "loopback"
        ? [{ text: "::1", prefixLen: 128, scope: "host" }]
        : [{ text: linkLocalOf(link.mac), prefixLen: 64, scope: "link" }];
  }
}
