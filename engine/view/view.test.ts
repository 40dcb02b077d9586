import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runLine, splitOutput } from "../shell";
import type { World } from "../world";
import { viewOf } from "./view";

const stdout = (world: World, line: string, netns = "host"): string =>
  splitOutput(runLine(world, line, netns).output).stdout;

const lines = (text: string): string[] => text.split("\n").filter((l) => l !== "");

describe("viewOf", () => {
  it("draws the bare world's namespaces and devices as ip prints them", () => {
    const view = viewOf(createWorld("bare"));
    expect(view.namespaces.map((ns) => ns.name)).toEqual(["host", "router", "internet", "laptop"]);
    const host = view.namespaces[0]!;
    expect(
      host.links.map(({ label, kind, up, lowerUp, addrs, peer }) => ({
        label,
        kind,
        up,
        lowerUp,
        addrs,
        peer,
      })),
    ).toEqual([
      { label: "lo", kind: "loopback", up: true, lowerUp: true, addrs: ["127.0.0.1/8"], peer: undefined },
      {
        label: "eth0@if3",
        kind: "veth",
        up: true,
        lowerUp: true,
        addrs: ["192.168.31.228/24"],
        peer: { netns: "router", name: "lan-host" },
      },
    ]);
    const router = view.namespaces[1]!;
    expect(router.links.filter((l) => l.master).map((l) => `${l.name} → ${l.master}`)).toEqual([
      "lan-host → br-lan",
      "lan-laptop → br-lan",
    ]);
    expect(router.forwarding).toBe(true);
    expect(host.forwarding).toBe(false);
    expect(view.namespaces[2]!.listeners).toEqual([
      { proto: "udp", addr: "0.0.0.0", port: 53, owner: "dns" },
      { proto: "tcp", addr: "0.0.0.0", port: 80, owner: "internet" },
      { proto: "tcp", addr: "0.0.0.0", port: 443, owner: "internet" },
    ]);
  });

  it("lists routes as `ip route` does", () => {
    const world = createWorld("bare");
    for (const ns of viewOf(world).namespaces) {
      expect(ns.routes).toEqual(lines(stdout(world, "ip route", ns.name)).map((l) => l.trimEnd()));
    }
  });

  it("gives each chain's lines exactly as iptables -S and -L -n -v -x print them", () => {
    const world = createWorld("bare");
    for (const line of [
      "iptables -N DOCKER-USER",
      "iptables -P FORWARD DROP",
      "iptables -A FORWARD -j DOCKER-USER",
      "iptables -A FORWARD -i eth0 -p tcp --dport 80 -j ACCEPT",
      "iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE",
    ])
      expect(runLine(world, line).status).toBe(0);
    runLine(world, "ping -c 1 192.168.31.50");
    const host = viewOf(world).namespaces[0]!;
    for (const table of host.tables) {
      for (const chain of table.chains) {
        const s = stdout(world, `iptables -t ${table.name} -S ${chain.name}`);
        expect([chain.spec, ...chain.rules.map((r) => r.spec)]).toEqual(lines(s));
        const l = stdout(world, `iptables -t ${table.name} -L ${chain.name} -n -v -x`);
        expect([chain.header, table.columns, ...chain.rules.map((r) => r.row)].join("\n") + "\n").toBe(l);
      }
    }
    const filter = host.tables.find((t) => t.name === "filter")!;
    expect(filter.chains.map((c) => c.spec)).toEqual([
      "-P INPUT ACCEPT",
      "-P FORWARD DROP",
      "-P OUTPUT ACCEPT",
      "-N DOCKER-USER",
    ]);
  });

  it("lists conntrack entries as conntrack -L does, and changes nothing", () => {
    const world = createWorld("bare");
    runLine(world, "ip netns exec laptop curl -s -m 2 http://198.18.5.130/");
    const router = viewOf(world).namespaces.find((ns) => ns.name === "router")!;
    expect(router.conntrack).toEqual(lines(stdout(world, "conntrack -L", "router")));
    expect(router.conntrack).toHaveLength(1);
    const rules = router.tables.find((t) => t.name === "nat")!.chains.find((c) => c.name === "POSTROUTING")!;
    expect(rules.rules.map(({ spec, packets }) => ({ spec, packets }))).toEqual([
      { spec: "-A POSTROUTING -o wan -j MASQUERADE", packets: 1 },
    ]);
  });
});
