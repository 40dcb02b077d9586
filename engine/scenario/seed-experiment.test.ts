// The article's own experiments, replayed on the bare world: a container on docker0 reaching
// 198.18.5.130:443 through MASQUERADE (conntrack's entry, the captures on eth0 and docker0, the
// counters), and two containers whose flows clash on the same source port.
import { describe, expect, it } from "vitest";
import { runScript } from "../shell";
import type { World } from "../world";
import { createWorld } from "./worlds";

/** docker0 and its containers as Docker 20.10 wires them, typed by hand (Docker is its own issue). */
const DOCKER0 = `ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
sysctl -w net.ipv4.ip_forward=1
iptables -P FORWARD DROP
iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
`;

const container = (name: string, addr: string) => `ip netns add ${name}
ip link add veth-${name} type veth peer name eth0 netns ${name}
ip link set veth-${name} master docker0
ip link set veth-${name} up
ip -n ${name} addr add ${addr}/16 dev eth0
ip -n ${name} link set eth0 up
ip -n ${name} route add default via 172.17.0.1
`;

function run(world: World, script: string): string {
  return runScript(world, script)
    .map((result) => {
      expect(result.status, result.command).toBe(0);
      return result.output.map((chunk) => chunk.text).join("");
    })
    .join("");
}

const lines = (text: string) => text.split("\n").filter(Boolean);

describe("the conntrack experiment", () => {
  const world = createWorld("bare");
  run(world, DOCKER0 + container("a", "172.17.0.4"));
  run(world, "tcpdump -i eth0 -n > eth0.dump &\ntcpdump -i docker0 -n > docker0.dump &");
  run(world, "ip netns exec a curl -s -o /dev/null http://198.18.5.130:443/");
  const docker0 = lines(run(world, "cat docker0.dump"));
  const eth0 = lines(run(world, "cat eth0.dump"));
  const port = /^\S+ IP 172\.17\.0\.4\.(\d+) > 198\.18\.5\.130\.443: Flags \[S\]/.exec(docker0[0] ?? "")?.[1];

  it("keeps the connection's source port through MASQUERADE and shows both tuples in conntrack", () => {
    expect(port).toBeDefined();
    expect(run(world, "conntrack -L 2>/dev/null | grep 172.17")).toBe(
      `tcp      6 120 TIME_WAIT src=172.17.0.4 dst=198.18.5.130 sport=${port} dport=443 ` +
        `src=198.18.5.130 dst=192.168.31.228 sport=443 dport=${port} [ASSURED] mark=0 use=1\n`,
    );
  });

  it("captures the same exchange with the container's address on docker0 and the host's on eth0", () => {
    // The ten segments of an HTTP exchange: handshake, request and its ack, response and its ack, close.
    expect(docker0.map((l) => / Flags \[([^\]]+)\]/.exec(l)?.[1])).toEqual([
      "S",
      "S.",
      ".",
      "P.",
      ".",
      "P.",
      ".",
      "F.",
      "F.",
      ".",
    ]);
    expect(docker0.every((l) => l.includes(`172.17.0.4.${port}`))).toBe(true);
    expect(eth0.every((l) => l.includes(`192.168.31.228.${port}`) && !l.includes("172.17."))).toBe(true);
    // Same packets, same sequence numbers and timestamps: only the address differs.
    const strip = (l: string) =>
      l.replace(/^\S+ /, "").replace(/(172\.17\.0\.4|192\.168\.31\.228)\./, "ADDR.");
    expect(eth0.map(strip)).toEqual(docker0.map(strip));
  });

  it("counts the connection's packets in FORWARD, and only its first in the nat table", () => {
    expect(run(world, "iptables -L FORWARD -v -n -x | tail -2")).toBe(
      "       4      525 ACCEPT     0    --  *      docker0  0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED\n" +
        "       6      400 ACCEPT     0    --  docker0 !docker0  0.0.0.0/0            0.0.0.0/0           \n",
    );
    expect(run(world, "iptables -t nat -L POSTROUTING -v -n -x | tail -1")).toBe(
      "       1       60 MASQUERADE  0    --  *      !docker0  172.17.0.0/16        0.0.0.0/0           \n",
    );
  });
});

describe("the port clash", () => {
  it("moves the second container's source port when both use the same one to the same server", () => {
    const world = createWorld("bare");
    run(world, DOCKER0 + container("a", "172.17.0.4") + container("b", "172.17.0.5"));
    const curl = "curl -s -o /dev/null --local-port 40000 http://198.18.5.130:443/";
    run(world, `ip netns exec a ${curl}\nip netns exec b ${curl}`);
    const entries = lines(run(world, "conntrack -L -p tcp --dport 443 2>/dev/null"));
    expect(entries).toHaveLength(2);
    // The first keeps 40000 (the tuple is free); the second's would clash, so nf_nat searches
    // 1024–65535 (40000's class) from a random start.
    expect(entries[0]).toContain(
      "src=172.17.0.4 dst=198.18.5.130 sport=40000 dport=443 src=198.18.5.130 dst=192.168.31.228 sport=443 dport=40000 ",
    );
    const moved =
      /src=172\.17\.0\.5 dst=198\.18\.5\.130 sport=40000 dport=443 src=198\.18\.5\.130 dst=192\.168\.31\.228 sport=443 dport=(\d+) /.exec(
        entries[1] ?? "",
      );
    expect(moved).not.toBeNull();
    const remapped = Number(moved![1]);
    expect(remapped).not.toBe(40000);
    expect(remapped).toBeGreaterThanOrEqual(1024);
  });
});
