import { describe, expect, it } from "vitest";
import { MAX_FRAMES_PER_EXCHANGE, MAX_NAMESPACES, MAX_RULES_PER_TABLE, MAX_SCRIPT_CHARS } from "../limits";
import { createWorld } from "../scenario/worlds";
import { runScript, splitOutput } from "../shell";
import { createNet } from "../stack/net";
import { drain } from "../stack/receive";
import type { World } from "../world";

const text = (world: World, script: string) =>
  runScript(world, script).map((r) => {
    const { stdout, stderr } = splitOutput(r.output);
    return { stdout, stderr, status: r.status };
  });

describe("limits the kernel has", () => {
  it("refuses a jump loop once a base chain reaches it, in iptables' words", () => {
    // Recorded from iptables 1.8.9 (nf_tables): the loop between user chains is accepted until bound.
    const world = createWorld("empty");
    const results = text(
      world,
      "iptables -N A\niptables -N B\niptables -A A -j B\niptables -A B -j A\niptables -A INPUT -j A",
    );
    expect(results.slice(0, 4).map((r) => r.status)).toEqual([0, 0, 0, 0]);
    expect(results[4]).toEqual({
      stdout: "",
      stderr: "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Too many links): rule in chain INPUT\n",
      status: 4,
    });
  });

  it("ends a routing loop between two routers with TTL, as ping on Linux reports it", () => {
    // h ── r1 ⇄ r2, each router sending 10.9.9.0/24 to the other; recorded on Linux 6.1.
    const world = createWorld("empty");
    const setup = `ip netns add h
ip netns add r1
ip netns add r2
ip -n h link add eth0 type veth peer name eth1 netns r1
ip -n r1 link add eth0 type veth peer name eth0 netns r2
ip -n h addr add 10.1.0.2/24 dev eth0
ip -n r1 addr add 10.1.0.1/24 dev eth1
ip -n r1 addr add 10.0.0.1/24 dev eth0
ip -n r2 addr add 10.0.0.2/24 dev eth0
ip -n h link set eth0 up
ip -n r1 link set eth0 up
ip -n r1 link set eth1 up
ip -n r2 link set eth0 up
ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec r2 sysctl -qw net.ipv4.conf.all.send_redirects=0
ip -n h route add default via 10.1.0.1
ip -n r1 route add 10.9.9.0/24 via 10.0.0.2
ip -n r2 route add 10.9.9.0/24 via 10.0.0.1
ip -n r2 route add 10.1.0.0/24 via 10.0.0.1`;
    expect(text(world, setup).filter((r) => r.status !== 0)).toEqual([]);
    const ping = (from: string) => ({
      stdout: `PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.\nFrom ${from} icmp_seq=1 Time to live exceeded\n\n--- 10.9.9.9 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n`,
      stderr: "",
      status: 1,
    });
    expect(text(world, "ip netns exec h ping -c 1 -W 1 10.9.9.9")).toEqual([ping("10.0.0.2")]);
    expect(text(world, "ip netns exec h ping -c 1 -W 1 -t 3 10.9.9.9")).toEqual([ping("10.1.0.1")]);
  });
});

describe("the playground's own caps (engine/limits.ts)", () => {
  it(`holds at most ${MAX_NAMESPACES} namespaces`, () => {
    const world = createWorld("empty");
    const adds = Array.from({ length: MAX_NAMESPACES }, (_, i) => `ip netns add n${i}`).join("\n");
    const results = text(world, adds);
    expect(results.at(-2)!.status).toBe(0);
    expect(results.at(-1)).toEqual({
      stdout: "",
      stderr: `netplay: a playground holds at most ${MAX_NAMESPACES} network namespaces\n`,
      status: 1,
    });
    expect(world.netns.size).toBe(MAX_NAMESPACES);
  });

  it(`holds at most ${MAX_RULES_PER_TABLE} rules in a table`, { timeout: 60_000 }, () => {
    const world = createWorld("empty");
    const rules = "-A INPUT -j ACCEPT\n".repeat(MAX_RULES_PER_TABLE);
    world.files.set("full", `*filter\n${rules}COMMIT\n`);
    world.files.set("over", `*filter\n${rules}-A FORWARD -j DROP\nCOMMIT\n`);
    const [over, full, one] = text(
      world,
      "iptables-restore < over\niptables-restore < full\niptables -A OUTPUT -j DROP",
    );
    expect(over).toEqual({
      stdout: "",
      stderr: `iptables-restore v1.8.9 (nf_tables): \nline ${MAX_RULES_PER_TABLE + 2}: RULE_APPEND failed (Cannot allocate memory): rule in chain FORWARD\n`,
      status: 4,
    });
    expect(full!.status).toBe(0);
    expect(one).toEqual({
      stdout: "",
      stderr:
        "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Cannot allocate memory): rule in chain OUTPUT\n",
      status: 4,
    });
  });

  it(`processes at most ${MAX_FRAMES_PER_EXCHANGE} frames for one send`, () => {
    const world = createWorld("empty");
    const netns = world.netns.get("host")!;
    const lo = netns.links.get("lo")!;
    const net = createNet(world, undefined);
    // Frames arriving on a device that is down are dropped at once: the cheapest frames to count.
    const packet = {} as never;
    for (let i = 0; i <= MAX_FRAMES_PER_EXCHANGE; i++)
      net.wire.push({ netns, dev: { ...lo, up: false }, packet, srcMac: "", dstMac: "" });
    drain(net);
    expect(net.wire).toEqual([]);
    expect(world.background).toEqual([
      {
        fd: 2,
        text: `netplay: more than ${MAX_FRAMES_PER_EXCHANGE} packets in one exchange; the playground dropped the rest\n`,
      },
    ]);
  });

  it(`runs scripts of at most ${MAX_SCRIPT_CHARS} characters`, () => {
    const script = `echo hi\n${"#".repeat(MAX_SCRIPT_CHARS)}`;
    expect(text(createWorld("empty"), script)).toEqual([
      {
        stdout: "",
        stderr: `netplay: the script is ${script.length} characters long; the playground runs at most ${MAX_SCRIPT_CHARS}\n`,
        status: 2,
      },
    ]);
  });
});
