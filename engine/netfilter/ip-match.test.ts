import { describe, expect, it } from "vitest";
import { ifaceMatches, ipMatches, ipWhy } from "./ip-match";
import { testPacket } from "./test-packet";
import { testRule } from "./test-xt";

const tcpTo80 = testPacket({ src: "10.1.2.3", dst: "10.0.0.2", tcp: { dport: 80 }, fields: { iif: "eth0" } });

/** What the fixed part says about a packet: "match" or why not. */
const verdict = (spec: string, packet = tcpTo80, hook?: Parameters<typeof ipMatches>[2]) => {
  const rule = testRule(spec);
  const matched = ipMatches(rule, packet, hook);
  const why = ipWhy(rule, packet, hook);
  expect(why === undefined).toBe(matched);
  return why ?? "match";
};

describe("ipMatches / ipWhy (ip_packet_match)", () => {
  it("compares addresses under the rule's mask; /0 matches anything", () => {
    expect(verdict("-s 10.1.0.0/16")).toBe("match");
    expect(verdict("-s 10.1.2.3")).toBe("match");
    expect(verdict("-s 0.0.0.0/0 -d 0/0")).toBe("match");
    expect(verdict("-s 10.2.0.0/16")).toBe("src 10.1.2.3 ∉ 10.2.0.0/16");
    expect(verdict("-s 10.1.2.4")).toBe("src 10.1.2.3 ≠ 10.1.2.4");
    expect(verdict("-d 10.0.0.3/255.255.0.255")).toBe("dst 10.0.0.2 ∉ 10.0.0.3/255.255.0.255");
    expect(verdict("-d 10.0.7.2/255.255.0.255")).toBe("match");
  });

  it("honours ! on addresses", () => {
    expect(verdict("! -s 10.2.0.0/16")).toBe("match");
    expect(verdict("! -s 10.1.0.0/16")).toBe("src 10.1.2.3 ∈ 10.1.0.0/16");
    expect(verdict("! -d 10.0.0.2")).toBe("dst 10.0.0.2 = 10.0.0.2");
  });

  it("compares interfaces exactly or by a + prefix", () => {
    expect(verdict("-i eth0")).toBe("match");
    expect(verdict("-i eth+")).toBe("match");
    expect(verdict("-i +")).toBe("match");
    expect(verdict("-i eth1")).toBe("in eth0 ≠ eth1");
    expect(verdict("-i eth")).toBe("in eth0 ≠ eth");
    expect(verdict("-i veth+")).toBe("in eth0 ≠ veth+");
    expect(verdict("! -i eth0")).toBe("in eth0 = eth0");
    expect(verdict("! -i eth+")).toBe("in eth0 = eth+");
    expect(verdict("! -i eth1")).toBe("match");
  });

  it("sees no device where the hook passes none", () => {
    const forwarded = testPacket({ tcp: {}, fields: { iif: "eth0", oif: "eth1" } });
    expect(verdict("-o eth1", forwarded, "FORWARD")).toBe("match");
    expect(verdict("-o eth1", forwarded, "INPUT")).toBe("out (none) ≠ eth1");
    expect(verdict("-i eth0", forwarded, "POSTROUTING")).toBe("in (none) ≠ eth0");
    expect(verdict("! -i eth0", forwarded, "POSTROUTING")).toBe("match");
    expect(verdict("-o eth+", testPacket({ tcp: {} }), "OUTPUT")).toBe("out (none) ≠ eth+");
  });

  it("compares -p on every packet, 0 being any protocol", () => {
    expect(verdict("-p tcp")).toBe("match");
    expect(verdict("-p all")).toBe("match");
    expect(verdict("-p udp")).toBe("proto tcp ≠ udp");
    expect(verdict("! -p tcp")).toBe("proto tcp = tcp");
    expect(verdict("! -p udp")).toBe("match");
    expect(verdict("-p 47", testPacket({ proto: 50 }))).toBe("proto esp ≠ gre");
  });

  it("matches -f only on second and later fragments", () => {
    const later = testPacket({ proto: 6, fields: { fragOffset: 185 } });
    expect(verdict("-f", later)).toBe("match");
    expect(verdict("-p tcp -f", later)).toBe("match");
    expect(verdict("-f")).toBe("frag offset 0 (not a later fragment)");
    expect(verdict("! -f")).toBe("match");
    expect(verdict("! -f", later)).toBe("frag offset 185 (a later fragment)");
  });

  it("reports the first field that fails, in the kernel's order", () => {
    expect(verdict("-s 10.9.0.0/16 -i eth1 -p udp")).toBe("src 10.1.2.3 ∉ 10.9.0.0/16");
    expect(verdict("-i eth1 -p udp")).toBe("in eth0 ≠ eth1");
  });
});

describe("ifaceMatches (ifname_compare_aligned)", () => {
  it("takes a trailing + as a prefix and anything else whole", () => {
    expect(ifaceMatches("docker0", "docker+")).toBe(true);
    expect(ifaceMatches("docker", "docker+")).toBe(true);
    expect(ifaceMatches("dock", "docker+")).toBe(false);
    expect(ifaceMatches("docker0", "docker")).toBe(false);
    expect(ifaceMatches("", "")).toBe(true);
    expect(ifaceMatches("", "eth+")).toBe(false);
  });
});
