import type { Link } from "../netdev/link";
import { formatIpv4 } from "../route/ipv4";

/** The `inet`/`inet6` lines of `ip addr` (print_addrinfo) and the `-br` address list. */

const LIFETIME = "       valid_lft forever preferred_lft forever\n";

export function printAddresses(link: Link, v4: boolean, v6: boolean): string {
  let text = "";
  if (v4) {
    for (const a of link.addrs) {
      const brd = a.broadcast === undefined ? "" : ` brd ${formatIpv4(a.broadcast)}`;
      const secondary = a.secondary ? " secondary" : "";
      text += `    inet ${formatIpv4(a.addr)}/${a.prefixLen}${brd} scope ${a.scope}${secondary} ${a.label}\n${LIFETIME}`;
    }
  }
  if (v6) {
    for (const a of link.inet6) text += `    inet6 ${a.text}/${a.prefixLen} scope ${a.scope} \n${LIFETIME}`;
  }
  return text;
}

export function briefAddresses(link: Link, v4: boolean, v6: boolean): string {
  const v4s = v4 ? link.addrs.map((a) => `${formatIpv4(a.addr)}/${a.prefixLen} `) : [];
  const v6s = v6 ? link.inet6.map((a) => `${a.text}/${a.prefixLen} `) : [];
  return [...v4s, ...v6s].join("");
}
