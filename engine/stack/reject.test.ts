import { expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import type { World } from "../world";

/** a (10.97.0.1) and b (10.97.0.2) on a veth, each counting the ICMP it sends by ctstate. */
const SETUP = `ip netns add a
ip netns add b
ip link add v0 netns a type veth peer name v1 netns b
ip -n a addr add 10.97.0.1/24 dev v0
ip -n b addr add 10.97.0.2/24 dev v1
ip -n a link set v0 up
ip -n b link set v1 up
${["a", "b"]
  .flatMap((ns) =>
    ["RELATED", "INVALID", "NEW,ESTABLISHED"].map(
      (state) => `ip netns exec ${ns} iptables -A OUTPUT -p icmp -m conntrack --ctstate ${state} -j ACCEPT`,
    ),
  )
  .join("\n")}
ip netns exec a iptables -A OUTPUT -p udp --dport 5353 -j REJECT --reject-with icmp-net-unreachable
ip netns exec b iptables -A INPUT -p udp --dport 5354 -j REJECT`;

const run = (world: World, script: string) =>
  runScript(world, script)
    .map((r) => r.output.map((c) => c.text).join(""))
    .join("");

const icmpCounts = (world: World, ns: string) =>
  run(world, `ip netns exec ${ns} iptables -L OUTPUT -v -n -x`)
    .split("\n")
    .filter((line) => line.includes("ctstate"))
    .map((line) => line.trim().split(/\s+/).slice(0, 2).join(" "));

// As recorded on the real kernel (6.18): REJECT's ICMP error, from OUTPUT or from INPUT, meets
// OUTPUT as RELATED to the connection it rejects, which is never confirmed.
it("sends REJECT's ICMP error as RELATED to the unconfirmed connection it rejects", () => {
  const world = createWorld("empty");
  run(world, SETUP);
  run(
    world,
    "echo q | ip netns exec a nc -u -w 1 10.97.0.2 5353\necho q | ip netns exec a nc -u -w 1 10.97.0.2 5354",
  );
  expect(icmpCounts(world, "a")).toEqual(["1 58", "0 0", "0 0"]);
  expect(icmpCounts(world, "b")).toEqual(["1 58", "0 0", "0 0"]);
  expect(run(world, "ip netns exec b conntrack -L")).toBe(
    "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n",
  );
  expect(run(world, "ip netns exec a conntrack -L 2>/dev/null")).toMatch(
    /^udp +17 \d+ src=10\.97\.0\.1 dst=10\.97\.0\.2 sport=\d+ dport=5354 \[UNREPLIED\] src=10\.97\.0\.2 dst=10\.97\.0\.1 sport=5354 dport=\d+ mark=0 use=1\n$/,
  );
});
