import { formatIpv4 } from "../route/ipv4";
import type { Host } from "./host";
import type { Endpoint } from "./state";

/**
 * The bridge driver's conntrack flushes (clearEndpointConnections in 20.10, clearConntrackEntries
 * from 23.0). NAT rules only apply to a connection's first packet, so dockerd deletes the entries
 * that would keep an old endpoint's or a published port's traffic on its old path. It dumps the table
 * over netlink and deletes each entry its filter matches; `conntrack -D` does the same, one filter
 * per command.
 */

/**
 * iptables.DeleteConntrackEntries: a ConntrackNatAnyIP filter on the endpoint's address, every
 * protocol: entries whose reply source or reply destination it is. `conntrack -D` ANDs its options,
 * so the OR takes two commands; an entry the first deletes is gone for the second.
 */
export function flushAddress(host: Host, endpoint: Endpoint): void {
  const addr = formatIpv4(endpoint.ip);
  host.runQuiet(["conntrack", "-D", "-r", addr]);
  host.runQuiet(["conntrack", "-D", "-q", addr]);
}

/**
 * iptables.DeleteConntrackEntriesByPort (23.0+, moby#44742): for each published UDP host port, the UDP
 * entries whose original destination port it is, whatever their addresses. A binding on 0.0.0.0 and
 * its twin on :: give the same port, deleted once.
 */
export function flushUdpPorts(host: Host, endpoint: Endpoint): void {
  const ports = new Set(endpoint.portMap.filter((b) => b.proto === "udp").map((b) => b.hostPort));
  for (const port of ports) host.runQuiet(["conntrack", "-D", "-p", "udp", "--orig-port-dst", String(port)]);
}
