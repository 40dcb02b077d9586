import { formatAddr, inetPton } from "../iptables/address";
import { addressName, hostAddress } from "../iptables/hosts";

/**
 * The playground's resolver (getaddrinfo/getnameinfo without DNS): IPv4 literals and the names of
 * its /etc/hosts. Every tool resolves through here, so a world's host table later serves them all.
 */
export function resolveHost(name: string): number | undefined {
  return inetPton(name) ?? hostAddress(name);
}

/** getnameinfo: the host name of an address when the hosts table has one, else the dotted form. */
export const nameOfAddress = (addr: number): string => addressName(addr);

/** A peer as ping and nc name it after a reverse lookup: "localhost (127.0.0.1)", or just "10.0.0.1". */
export function peerLabel(addr: number): string {
  const name = addressName(addr);
  return name === formatAddr(addr) ? name : `${name} (${formatAddr(addr)})`;
}

/** How ping and nc name a target: "10.0.0.1" when typed as an address, "localhost (127.0.0.1)" for a name. */
export function targetLabel(typed: string, addr: number): string {
  return inetPton(typed) === undefined ? `${typed} (${formatAddr(addr)})` : formatAddr(addr);
}
