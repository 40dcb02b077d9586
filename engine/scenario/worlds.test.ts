import { describe, expect, it } from "vitest";
import { WORLD_EPOCH_MS } from "../world";
import { runScript } from "../shell";
import { createWorld, parseWorldName } from "./worlds";

describe("worlds", () => {
  it("creates the empty world: one host namespace, no files, the fixed epoch", () => {
    const world = createWorld("empty");
    expect([...world.netns.keys()]).toEqual(["host"]);
    expect(world.files.size).toBe(0);
    expect(world.clock).toBe(WORLD_EPOCH_MS);
  });

  it("boots the host namespace: lo up with 127.0.0.1/8 and its local routes", () => {
    const host = createWorld("empty").netns.get("host");
    const lo = host?.links.get("lo");
    expect(lo).toMatchObject({ index: 1, kind: "loopback", up: true, mtu: 65536, mac: "00:00:00:00:00:00" });
    expect(lo?.addrs).toEqual([
      { addr: 0x7f000001, prefixLen: 8, scope: "host", label: "lo", secondary: false },
    ]);
    expect(host?.routes.map((r) => `${r.table} ${r.type} ${r.dst.toString(16)}/${r.prefixLen}`)).toEqual([
      "local local 7f000001/32",
      "local local 7f000000/8",
      "local broadcast 7fffffff/32",
    ]);
    expect(host?.sysctl.get("net.ipv4.conf.all.forwarding")).toBe("0");
  });

  it("builds the bare world: the host on its LAN, a router masquerading to an internet that owns every public address", () => {
    const world = createWorld("bare");
    expect([...world.netns.keys()]).toEqual(["host", "router", "internet", "laptop"]);
    expect([...world.files.keys()]).toEqual([
      "/run/netns/router",
      "/run/netns/internet",
      "/run/netns/laptop",
    ]);
    const run = (netns: string, line: string) =>
      runScript(world, line, { netns })
        .map((r) => r.output.map((c) => c.text).join(""))
        .join("");
    expect(run("host", "ip -br -4 addr")).toBe(
      "lo               UNKNOWN        127.0.0.1/8 \neth0@if3         UP             192.168.31.228/24 \n",
    );
    expect(run("host", "ip route")).toBe(
      "default via 192.168.31.1 dev eth0 \n192.168.31.0/24 dev eth0 proto kernel scope link src 192.168.31.228 \n",
    );
    expect(run("laptop", "ip route get 198.18.5.130")).toBe(
      "198.18.5.130 via 192.168.31.1 dev eth0 src 192.168.31.50 uid 0 \n    cache \n",
    );
    expect(run("host", "ping -c 1 -q 198.18.5.130")).toContain(
      "1 packets transmitted, 1 received, 0% packet loss",
    );
    // The internet does not route private addresses back: they are unreachable there.
    expect(run("internet", "ping -c 1 10.1.1.1")).toBe("ping: connect: No route to host\n");
    expect(run("router", "iptables -t nat -S POSTROUTING")).toBe(
      "-P POSTROUTING ACCEPT\n-A POSTROUTING -o wan -j MASQUERADE\n",
    );
  });

  it("creates a new world each time", () => {
    expect(createWorld("empty")).not.toBe(createWorld("empty"));
  });

  it("names the known worlds when a name is unknown", () => {
    expect(parseWorldName("empty")).toBe("empty");
    expect(parseWorldName("x")).toEqual({
      error: 'netplay: unknown world "x" (known: empty, bare, docker, docker-28, docker-20.10)',
    });
    expect(parseWorldName("toString")).toEqual({
      error: 'netplay: unknown world "toString" (known: empty, bare, docker, docker-28, docker-20.10)',
    });
  });
});
