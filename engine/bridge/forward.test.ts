import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import type { World } from "../world";

/** Two namespaces a and b on bridge br0 in the host: 10.0.0.2 and 10.0.0.3, the bridge 10.0.0.1. */
const BRIDGED = `ip link add br0 type bridge
ip addr add 10.0.0.1/24 dev br0
ip link set br0 up
ip netns add a
ip netns add b
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip -n a addr add 10.0.0.2/24 dev eth0
ip -n b addr add 10.0.0.3/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
iptables -P FORWARD DROP
`;

function run(world: World, script: string): string {
  return runScript(world, script)
    .map((r) => r.output.map((c) => c.text).join(""))
    .join("");
}

function bridged(): World {
  const world = createWorld("empty");
  for (const r of runScript(world, BRIDGED)) expect(r.status, r.command).toBe(0);
  return world;
}

describe("bridging between ports", () => {
  it("runs bridged IPv4 through FORWARD as -i br0 -o br0 while bridge-nf-call-iptables is on", () => {
    const world = bridged();
    expect(run(world, "ip netns exec a ping -c 1 -W 1 -q 10.0.0.3")).toContain(
      "1 packets transmitted, 0 received, 100% packet loss",
    );
    // A rule that needs connection state turns conntrack on in the host: bridged flows are tracked.
    run(world, "iptables -A FORWARD -i br0 -o br0 -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT");
    expect(run(world, "ip netns exec a ping -c 1 -q 10.0.0.3")).toContain(
      "1 packets transmitted, 1 received, 0% packet loss",
    );
    // The request and the reply; the dropped first request was counted by the policy.
    expect(run(world, "iptables -L FORWARD -v -n -x")).toBe(
      "Chain FORWARD (policy DROP 1 packets, 84 bytes)\n" +
        "    pkts      bytes target     prot opt in     out     source               destination         \n" +
        "       2      168 ACCEPT     0    --  br0    br0     0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED\n",
    );
    expect(run(world, "conntrack -L 2>/dev/null")).toMatch(
      /^icmp +1 30 src=10\.0\.0\.2 dst=10\.0\.0\.3 type=8 code=0 id=\d+ src=10\.0\.0\.3 dst=10\.0\.0\.2 type=0 code=0 id=\d+ mark=0 use=1\n$/,
    );
  });

  it("bridges without iptables when bridge-nf-call-iptables is off", () => {
    const world = bridged();
    run(world, "sysctl -w net.bridge.bridge-nf-call-iptables=0");
    expect(run(world, "ip netns exec a ping -c 1 -q 10.0.0.3")).toContain("1 received");
    expect(run(world, "iptables -L FORWARD -v -n -x | head -1")).toBe(
      "Chain FORWARD (policy DROP 0 packets, 0 bytes)\n",
    );
    expect(run(world, "conntrack -L")).toBe(
      "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n",
    );
  });

  it("delivers frames for the bridge's own address to the host, through INPUT", () => {
    const world = bridged();
    run(world, "iptables -A INPUT -i br0 -p icmp -j DROP");
    expect(run(world, "ip netns exec a ping -c 1 -W 1 -q 10.0.0.1")).toContain("100% packet loss");
    expect(run(world, "iptables -L INPUT -v -n -x | tail -1")).toContain(
      "       1       84 DROP       1    --  br0    *",
    );
  });

  it("sends a frame back out of the port it came in by only in hairpin mode", () => {
    const world = bridged();
    // b's port 80 DNATed back to a itself, as Docker publishes a port without its proxy: the bridge
    // must return the frame to va, and a must not see its own address as the source (Docker's
    // hairpin MASQUERADE), or it drops the packet as a martian.
    run(
      world,
      "iptables -A FORWARD -j ACCEPT\n" +
        "iptables -t nat -A PREROUTING -d 10.0.0.3 -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\n" +
        "iptables -t nat -A POSTROUTING -s 10.0.0.2 -d 10.0.0.2 -p tcp --dport 8080 -j MASQUERADE",
    );
    run(world, "ip netns exec a nc -l -k 8080 &");
    expect(runScript(world, "ip netns exec a nc -z -w 1 10.0.0.3 80")[0]?.status).toBe(1);
    run(world, "bridge link set dev va hairpin on");
    expect(runScript(world, "ip netns exec a nc -z -w 1 10.0.0.3 80")[0]?.status).toBe(0);
    expect(run(world, "conntrack -L -p tcp --dport 80 2>/dev/null")).toMatch(
      / src=10\.0\.0\.2 dst=10\.0\.0\.3 sport=(\d+) dport=80 src=10\.0\.0\.2 dst=10\.0\.0\.1 sport=8080 dport=\1 \[ASSURED\]/,
    );
  });
});
