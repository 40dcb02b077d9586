import { describe, expect, it } from "vitest";
import { testHost } from "../test-host";
import { testPacket } from "../test-packet";
import { matchResult, testContext } from "../test-xt";
import type { Hook } from "../hooks";
import { inetDevAddrType, RTN } from "./addr-type";

const { world, host } = testHost();
const ctx = (hook: Hook = "PREROUTING") => testContext(hook, { world, netns: host });
const packet = (src: string, dst: string, iif = "eth0", oif = "") =>
  testPacket({ src, dst, tcp: {}, fields: { iif, oif } });

describe("inetDevAddrType (__inet_dev_addr_type)", () => {
  it("reads the routes the addresses made, and the fixed classes", () => {
    const type = (addr: string, dev?: string) => inetDevAddrType(host, testPacket({ dst: addr }).dst, dev);
    expect(type("10.0.0.1")).toBe(RTN.LOCAL);
    expect(type("172.17.0.1")).toBe(RTN.LOCAL);
    expect(type("127.0.0.1")).toBe(RTN.LOCAL);
    expect(type("127.9.9.9")).toBe(RTN.LOCAL);
    expect(type("10.0.0.255")).toBe(RTN.BROADCAST);
    expect(type("255.255.255.255")).toBe(RTN.BROADCAST);
    expect(type("0.1.2.3")).toBe(RTN.BROADCAST);
    expect(type("224.0.0.251")).toBe(RTN.MULTICAST);
    expect(type("10.0.0.7")).toBe(RTN.UNICAST);
    expect(type("8.8.8.8")).toBe(RTN.UNICAST);
    expect(type("10.0.0.1", "eth0")).toBe(RTN.LOCAL);
    expect(type("172.17.0.1", "eth0")).toBe(RTN.UNICAST);
  });
});

describe("addrtype match (addrtype_mt_v1)", () => {
  it("tests the source and destination types, with !", () => {
    expect(matchResult("-m addrtype --dst-type LOCAL", packet("10.0.0.254", "10.0.0.1"), ctx())).toBe(
      "match",
    );
    expect(matchResult("-m addrtype --dst-type LOCAL", packet("10.0.0.254", "8.8.8.8"), ctx())).toBe(
      "dst-type UNICAST ∉ LOCAL",
    );
    expect(matchResult("-m addrtype ! --dst-type LOCAL", packet("10.0.0.254", "172.17.0.1"), ctx())).toBe(
      "dst-type LOCAL ∈ LOCAL",
    );
    expect(matchResult("-m addrtype --src-type LOCAL", packet("10.0.0.254", "10.0.0.1"), ctx())).toBe(
      "src-type UNICAST ∉ LOCAL",
    );
    expect(
      matchResult(
        "-m addrtype ! --src-type LOCAL --dst-type BROADCAST,MULTICAST",
        packet("10.0.0.254", "10.0.0.255"),
        ctx(),
      ),
    ).toBe("match");
    expect(matchResult("-m addrtype --dst-type UNICAST", packet("10.0.0.254", "10.0.0.255"), ctx())).toBe(
      "dst-type BROADCAST ∉ UNICAST",
    );
  });

  it("with --limit-iface-in, counts only addresses of the incoming device as local", () => {
    const toDocker0 = packet("10.0.0.254", "172.17.0.1");
    expect(matchResult("-m addrtype --dst-type LOCAL --limit-iface-in", toDocker0, ctx())).toBe(
      "dst-type UNICAST on eth0 ∉ LOCAL",
    );
    expect(
      matchResult("-m addrtype --dst-type LOCAL --limit-iface-in", packet("10.0.0.254", "10.0.0.1"), ctx()),
    ).toBe("match");
  });

  it("with --limit-iface-out, looks at the outgoing device", () => {
    const out = packet("172.17.0.1", "172.17.0.2", "", "docker0");
    expect(matchResult("-m addrtype --src-type LOCAL --limit-iface-out", out, ctx("POSTROUTING"))).toBe(
      "match",
    );
    const viaEth0 = packet("172.17.0.1", "10.0.0.254", "", "eth0");
    expect(matchResult("-m addrtype --src-type LOCAL --limit-iface-out", viaEth0, ctx("POSTROUTING"))).toBe(
      "src-type UNICAST on eth0 ∉ LOCAL",
    );
  });
});
