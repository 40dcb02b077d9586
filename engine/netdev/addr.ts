import { inPrefix } from "../route/ipv4";
import { installRoutes, routesOfAddress, withdrawRoutes } from "../route/kernel-routes";
import type { Netns } from "../world";
import type { IfAddr, Link } from "./link";

/** IPv4 addresses on a device (inet_insert_ifa / inet_del_ifa in net/ipv4/devinet.c). */

/** The kernel's extended-ack messages for a refused address. */
export type AddrError = "ipv4: Address already assigned." | "ipv4: Invalid scope value.";

/** RT_SCOPE_* numbers: host 254, link 253, universe 0. */
const SCOPE_NUMBER = { global: 0, link: 253, host: 254 } as const;

export type AddrSpec = Omit<IfAddr, "secondary">;

/** Same mask and same subnet: the new address is a secondary of `other` (or a duplicate of it). */
const sameSubnet = (a: { addr: number; prefixLen: number }, b: IfAddr) =>
  a.prefixLen === b.prefixLen && inPrefix(a.addr, b.addr, b.prefixLen);

export function addAddress(netns: Netns, link: Link, spec: AddrSpec): AddrError | undefined {
  let secondary = false;
  for (const other of link.addrs) {
    if (!sameSubnet(spec, other)) continue;
    if (other.addr === spec.addr) return "ipv4: Address already assigned.";
    if (other.scope !== spec.scope) return "ipv4: Invalid scope value.";
    secondary = true;
  }
  const ifa: IfAddr = { ...spec, secondary };
  // Secondaries go last; a new primary after the last primary of a scope at least as narrow.
  const lastPrimary = link.addrs.findLastIndex(
    (a) => !a.secondary && SCOPE_NUMBER[spec.scope] <= SCOPE_NUMBER[a.scope],
  );
  if (secondary) link.addrs.push(ifa);
  else link.addrs.splice(lastPrimary + 1, 0, ifa);
  installRoutes(netns, routesOfAddress(link, ifa));
  return undefined;
}

/** What `ip addr del` names: the address, and the prefix length unless it asked for a wildcard. */
export interface AddrSelector {
  readonly addr: number;
  readonly prefixLen?: number;
  readonly label?: string;
}

/** Deletes the first matching address; a primary takes its secondaries with it (no promote_secondaries). */
export function deleteAddress(netns: Netns, link: Link, selector: AddrSelector): boolean {
  const victim = link.addrs.find(
    (a) =>
      a.addr === selector.addr &&
      (selector.label === undefined || a.label === selector.label) &&
      (selector.prefixLen === undefined || a.prefixLen === selector.prefixLen),
  );
  if (!victim) return false;
  const gone = link.addrs.filter(
    (a) => a === victim || (!victim.secondary && a.secondary && sameSubnet(a, victim)),
  );
  const goneRoutes = gone.flatMap((ifa) => routesOfAddress({ ...link, up: true }, ifa));
  link.addrs = link.addrs.filter((a) => !gone.includes(a));
  withdrawRoutes(netns, goneRoutes);
  return true;
}
