import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import type { Netns } from "../world";
import { createLink, createVethPair, moveLink } from "./devices";
import { linkLocalOf, randomMac } from "./mac";
import { addNamedNetns, namedNetns } from "./namespace";
import { knownNetnsId } from "./nsid";

describe("namespaces", () => {
  it("lists /run/netns newest first, as tmpfs does", () => {
    const world = createWorld("empty");
    for (const name of ["a", "b", "c"]) addNamedNetns(world, name);
    expect(namedNetns(world)).toEqual(["c", "b", "a"]);
  });

  it("makes lo at index 1, down, with no address", () => {
    const world = createWorld("empty");
    const lo = addNamedNetns(world, "a").links.get("lo");
    expect(lo).toMatchObject({ index: 1, up: false, mtu: 65536, addrs: [], qdisc: "noop" });
  });
});

describe("devices", () => {
  it("numbers a veth's peer first and keeps an index on a move only if it is free there", () => {
    const world = createWorld("empty");
    const host = world.netns.get("host") as Netns;
    const a = addNamedNetns(world, "a");
    const va = createVethPair(world, host, { name: "va", kind: "veth" }, host, { name: "vb", kind: "veth" });
    expect([va.index, va.peer?.index]).toEqual([3, 2]);
    createLink(world, a, { name: "x", kind: "bridge" });
    moveLink(world, va, a);
    expect(va.index).toBe(3);
    const vb = va.peer;
    if (vb) moveLink(world, vb, a);
    expect(vb?.index).toBe(4);
    expect(knownNetnsId(a, "host")).toBe(0);
  });

  it("draws MACs from the world's generator: locally administered unicast", () => {
    const world = createWorld("empty");
    const mac = randomMac(world.rng);
    const first = parseInt(mac.slice(0, 2), 16);
    expect(first & 0x03).toBe(0x02);
    expect(randomMac(createWorld("empty").rng)).toBe(mac);
  });

  it("derives the EUI-64 link-local address", () => {
    expect(linkLocalOf("32:fd:87:05:21:27")).toBe("fe80::30fd:87ff:fe05:2127");
    expect(linkLocalOf("02:00:00:00:00:01")).toBe("fe80::ff:fe00:1");
  });
});
