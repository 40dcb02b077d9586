import { describe, expect, it } from "vitest";
import { addAddress } from "../netdev/addr";
import { createVethPair } from "../netdev/devices";
import { setLinkUp } from "../netdev/updown";
import { createWorld } from "../scenario/worlds";
import type { Netns } from "../world";
import { formatIpv4, parseIpv4 } from "./ipv4";
import { addressType, fibLookup, inetSelectAddr, localAddresses } from "./lookup";
import type { Route } from "./route";
import { addRoute } from "./table";

const ip = (text: string) => parseIpv4(text) ?? Number.NaN;

/** The host with eth0 (10.1.0.1/16, 10.1.0.2/16 secondary) and eth1 (192.168.9.1/24), both up with carrier. */
function host(): Netns {
  const world = createWorld("empty");
  const netns = world.netns.get("host") as Netns;
  for (const [name, peer] of [
    ["eth0", "p0"],
    ["eth1", "p1"],
  ] as const) {
    const link = createVethPair(world, netns, { name, kind: "veth" }, netns, { name: peer, kind: "veth" });
    setLinkUp(world, link);
    if (link.peer) setLinkUp(world, link.peer);
  }
  const add = (dev: string, addr: string, prefixLen: number) =>
    addAddress(netns, netns.links.get(dev) as never, {
      addr: ip(addr),
      prefixLen,
      scope: "global",
      label: dev,
    });
  add("eth0", "10.1.0.1", 16);
  add("eth0", "10.1.0.2", 16);
  add("eth1", "192.168.9.1", 24);
  return netns;
}

const route = (fields: Partial<Route> & Pick<Route, "dst" | "prefixLen">): Route => ({
  table: "main",
  type: "unicast",
  protocol: "boot",
  scope: "global",
  ...fields,
});

const decided = (netns: Netns, dst: string, opts?: Parameters<typeof fibLookup>[2]) => {
  const d = fibLookup(netns, ip(dst), opts);
  return typeof d === "string"
    ? d
    : `${d.type} dev ${d.dev} via ${formatIpv4(d.nexthop)} src ${formatIpv4(d.prefsrc)}`;
};

describe("fibLookup", () => {
  it("delivers local addresses through lo, the local table first", () => {
    const netns = host();
    // A secondary's local route names the primary as its source.
    expect(decided(netns, "10.1.0.2")).toBe("local dev lo via 10.1.0.2 src 10.1.0.1");
    expect(decided(netns, "127.3.4.5")).toBe("local dev lo via 127.3.4.5 src 127.0.0.1");
    expect(decided(netns, "10.1.255.255")).toBe("broadcast dev eth0 via 10.1.255.255 src 10.1.0.1");
  });

  it("takes the longest prefix, then the lowest metric; a gateway is the next hop", () => {
    const netns = host();
    addRoute(netns, route({ dst: 0, prefixLen: 0, gateway: ip("10.1.0.254"), dev: "eth0" }));
    addRoute(
      netns,
      route({ dst: ip("8.8.0.0"), prefixLen: 16, gateway: ip("192.168.9.254"), dev: "eth1", metric: 5 }),
    );
    addRoute(
      netns,
      route({ dst: ip("8.8.0.0"), prefixLen: 16, gateway: ip("10.1.0.9"), dev: "eth0", metric: 3 }),
    );
    expect(decided(netns, "8.8.8.8")).toBe("unicast dev eth0 via 10.1.0.9 src 10.1.0.1");
    expect(decided(netns, "1.1.1.1")).toBe("unicast dev eth0 via 10.1.0.254 src 10.1.0.1");
    expect(decided(netns, "192.168.9.7")).toBe("unicast dev eth1 via 192.168.9.7 src 192.168.9.1");
  });

  it("answers with the kernel's errors", () => {
    const netns = host();
    expect(decided(netns, "1.1.1.1")).toBe("Network is unreachable");
    for (const [type, error] of [
      ["unreachable", "No route to host"],
      ["prohibit", "Permission denied"],
      ["blackhole", "Invalid argument"],
    ] as const) {
      const fresh = host();
      addRoute(fresh, route({ dst: 0, prefixLen: 0, type }));
      expect(decided(fresh, "1.1.1.1")).toBe(error);
    }
    expect(decided(netns, "10.1.0.7", { src: ip("10.99.0.1") })).toBe("Invalid argument");
  });

  it("keeps to the output device, assuming on-link when nothing routes there", () => {
    const netns = host();
    expect(decided(netns, "10.1.2.3", { oif: "eth1" })).toBe("unicast dev eth1 via 10.1.2.3 src 192.168.9.1");
    expect(decided(netns, "10.1.2.3", { oif: "eth0", src: ip("10.1.0.2") })).toBe(
      "unicast dev eth0 via 10.1.2.3 src 10.1.0.2",
    );
  });
});

describe("inetSelectAddr", () => {
  it("prefers the device's primary on dst's subnet, then its first primary, then other devices'", () => {
    const netns = host();
    expect(inetSelectAddr(netns, "eth0", ip("10.1.7.7"), "link")).toBe(ip("10.1.0.1"));
    expect(inetSelectAddr(netns, "eth0", ip("8.8.8.8"), "global")).toBe(ip("10.1.0.1"));
    expect(inetSelectAddr(netns, "p0", 0, "link")).toBe(ip("10.1.0.1"));
    expect(inetSelectAddr(netns, "lo", 0, "host")).toBe(ip("127.0.0.1"));
    expect(inetSelectAddr(netns, "p0", 0, "global")).toBe(ip("10.1.0.1"));
  });
});

describe("addressType", () => {
  it("classifies as inet_addr_type does", () => {
    const netns = host();
    expect(addressType(netns, ip("10.1.0.2"))).toBe("LOCAL");
    expect(addressType(netns, ip("127.9.9.9"))).toBe("LOCAL");
    expect(addressType(netns, ip("10.1.255.255"))).toBe("BROADCAST");
    expect(addressType(netns, ip("255.255.255.255"))).toBe("BROADCAST");
    expect(addressType(netns, ip("0.0.0.0"))).toBe("BROADCAST");
    expect(addressType(netns, ip("224.0.0.1"))).toBe("MULTICAST");
    expect(addressType(netns, ip("10.1.0.3"))).toBe("UNICAST");
    expect(addressType(netns, ip("10.1.0.2"), "eth1")).toBe("UNICAST");
    expect(localAddresses(netns).map(formatIpv4)).toEqual([
      "127.0.0.1",
      "10.1.0.1",
      "10.1.0.2",
      "192.168.9.1",
    ]);
  });
});

describe("the merged local and main tables", () => {
  it("let an AnyIP local 0.0.0.0/0 own every address that no longer prefix routes elsewhere", () => {
    const netns = host();
    addRoute(netns, route({ table: "local", type: "local", dst: 0, prefixLen: 0, dev: "lo", scope: "host" }));
    expect(addressType(netns, ip("198.18.5.130"))).toBe("LOCAL");
    expect(addressType(netns, ip("192.168.9.7"))).toBe("UNICAST");
    const out = fibLookup(netns, ip("192.168.9.7"));
    expect(typeof out === "string" ? out : out.dev).toBe("eth1");
  });
});
