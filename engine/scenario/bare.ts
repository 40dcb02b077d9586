import type { Listener } from "../stack/socket";
import { httpListener } from "../tools/http";
import type { World } from "../world";

/**
 * The article's host, ready to use (`--world bare`), built with the same commands a user would type
 * so that the kernel tests can replay it on Linux:
 *
 *   laptop 192.168.31.50 ─┐
 *                         ├─ router br-lan 192.168.31.1 ── wan 203.0.113.2 ─── 203.0.113.1 internet
 *   host eth0 ────────────┘   (DNS on udp/53, MASQUERADE)                       (every public address)
 *   192.168.31.228
 *
 * The internet namespace owns every public address (an AnyIP `local 0.0.0.0/0` route) except the
 * private and special ranges, which it refuses as the real internet would not route them.
 */
export const BARE_SCRIPT = `
ip netns add router
ip netns add internet
ip netns add laptop
ip -n router link set lo up
ip -n internet link set lo up
ip -n laptop link set lo up
ip -n router link add br-lan type bridge
ip link add eth0 type veth peer name lan-host netns router
ip -n laptop link add eth0 type veth peer name lan-laptop netns router
ip -n router link add wan type veth peer name eth0 netns internet
ip -n router link set lan-host master br-lan
ip -n router link set lan-laptop master br-lan
ip -n router addr add 192.168.31.1/24 dev br-lan
ip -n router addr add 203.0.113.2/24 dev wan
ip -n router link set br-lan up
ip -n router link set lan-host up
ip -n router link set lan-laptop up
ip -n router link set wan up
ip -n router route add default via 203.0.113.1
ip netns exec router sysctl -w net.ipv4.ip_forward=1
ip netns exec router iptables -t nat -A POSTROUTING -o wan -j MASQUERADE
ip -n internet addr add 203.0.113.1/24 dev eth0
ip -n internet link set eth0 up
ip -n internet route add local 0.0.0.0/0 dev lo
ip -n internet route add unreachable 10.0.0.0/8
ip -n internet route add unreachable 172.16.0.0/12
ip -n internet route add unreachable 192.168.0.0/16
ip -n internet route add unreachable 100.64.0.0/10
ip addr add 192.168.31.228/24 dev eth0
ip link set eth0 up
ip route add default via 192.168.31.1
ip -n laptop addr add 192.168.31.50/24 dev eth0
ip -n laptop link set eth0 up
ip -n laptop route add default via 192.168.31.1
`;

/**
 * A DNS server's answer. The playground does not decode DNS: each datagram gets one reply of the
 * same bytes, which is what the packet path and conntrack see of a query and its answer.
 */
const dnsAnswer = (query: string): string => query;

/**
 * The services the bare world's machines run: the router's DNS, and the internet's web servers
 * (plain HTTP on 80 and 443) and DNS, listening on every address it owns.
 */
export function startBareServices(world: World): void {
  const dns: Listener = {
    kind: "listen",
    proto: 17,
    addr: 0,
    port: 53,
    owner: "dns",
    keep: true,
    answer: dnsAnswer,
  };
  world.netns.get("router")!.sockets.push(dns);
  const internet = world.netns.get("internet")!;
  internet.sockets.push(
    { ...dns },
    httpListener(world, "internet", 80),
    httpListener(world, "internet", 443),
  );
}
