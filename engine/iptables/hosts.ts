import { formatAddr } from "./address";

/** The playground's /etc/hosts, used where iptables resolves names (-s NAME) or prints them (-L). */
const HOSTS: ReadonlyMap<string, number> = new Map([["localhost", 0x7f000001]]);

/** Host names are case-insensitive, as in /etc/hosts. */
export const hostAddress = (name: string): number | undefined => HOSTS.get(name.toLowerCase());

/** xtables_ipaddr_to_anyname: a host name when the address has one, else the dotted form. */
export function addressName(addr: number): string {
  for (const [name, a] of HOSTS) if (a === addr >>> 0) return name;
  return formatAddr(addr);
}
