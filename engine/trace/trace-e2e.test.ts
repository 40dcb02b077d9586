// The whole path: a ping across a veth into a namespace with filter rules, traced by the stack and
// printed by formatTrace. No rule here needs connection state, so neither side tracks the ping.
import { expect, it } from "vitest";
import { runScript } from "../shell/script";
import { routedWorld, run } from "../tools/test-world";
import { traceId } from "./packet-line";
import { formatTrace } from "./xtables-monitor";

it("prints a ping's walk through the router's INPUT rules and back", () => {
  const world = routedWorld();
  run(world, "router", "iptables -A INPUT -p tcp -j DROP\niptables -A INPUT -p icmp -j ACCEPT");
  const [ping] = runScript(world, "ping -c 1 10.77.0.1", { netns: "client", trace: true });
  const [echo, reply] = [traceId(1), traceId(2)];
  expect(formatTrace(ping!.trace!)).toBe(
    [
      "# netns client",
      `# send: ping: ${echo} icmp 10.77.0.2 → 10.77.0.1 echo request id 10782 seq 1 length 84`,
      "# route: 10.77.0.1: output (10.77.0.0/24 dev veth-c)",
      "# hook: OUTPUT",
      "# hook: POSTROUTING",
      "# netns router",
      `# wire: client/veth-c → router/veth-rc: ${echo} icmp 10.77.0.2 → 10.77.0.1 echo request id 10782 seq 1 length 84`,
      "# hook: PREROUTING",
      "# route: 10.77.0.1: local (local 10.77.0.1)",
      "# hook: INPUT",
      `PACKET: 2 ${echo} IN=veth-rc MACSRC=a6:fe:5c:d5:e0:fd MACDST=de:89:94:a5:c:b5 MACPROTO=0800 SRC=10.77.0.2 DST=10.77.0.1 LEN=84 TOS=0x0 TTL=64 ID=1 DF `,
      "# filter:INPUT:rule:0x1: no match (proto icmp ≠ tcp)  -4 -t filter -A INPUT -p tcp -j DROP",
      ` TRACE: 2 ${echo} filter:INPUT:rule:0x2:ACCEPT  -4 -t filter -A INPUT -p icmp -j ACCEPT`,
      "# deliver: kernel: ICMP echo → reply",
      `# send: kernel: ${reply} icmp 10.77.0.1 → 10.77.0.2 echo reply id 10782 seq 1 length 84`,
      "# route: 10.77.0.2: output (10.77.0.0/24 dev veth-rc)",
      "# hook: OUTPUT",
      "# hook: POSTROUTING",
      "# netns client",
      `# wire: router/veth-rc → client/veth-c: ${reply} icmp 10.77.0.1 → 10.77.0.2 echo reply id 10782 seq 1 length 84`,
      "# hook: PREROUTING",
      "# route: 10.77.0.2: local (local 10.77.0.2)",
      "# hook: INPUT",
      "# deliver: ping (ICMP id 10782)",
      "",
    ].join("\n"),
  );
});
