import { describe, expect, it } from "vitest";
import { conntrackConfirm, conntrackIn } from "../conntrack/core";
import { CTINFO, IPS } from "../conntrack/conn";
import { tcp, udp } from "../conntrack/test-packets";
import { dnat } from "../netfilter/targets/dnat";
import { masquerade } from "../netfilter/targets/masquerade";
import { natRangeOf } from "../netfilter/targets/nat-range";
import { redirect } from "../netfilter/targets/redirect";
import { snat } from "../netfilter/targets/snat";
import type { Packet } from "../stack/packet";
import { NF_NAT_RANGE } from "./range";
import { allocNullBinding, natSetupInfo } from "./setup";
import { addLink, ip, natHost, target, tuple, type NatHost, type NatRule } from "./testing";

/** The first packet, tracked as it came in by `iif` (OUTPUT when ""), routed out of `oif`; then `rule` fires. */
function fire(
  h: NatHost,
  packet: Packet,
  rule: NatRule,
  hook: "PREROUTING" | "OUTPUT" | "POSTROUTING",
  iif = "",
  oif = "",
) {
  packet.iif = iif;
  packet.oif = oif;
  conntrackIn(h.world, h.netns, packet);
  return rule.module.fire(rule, packet, h.ctx(hook));
}

describe("MASQUERADE", () => {
  it("maps to the outgoing device's address in the destination's subnet, else its first one", () => {
    const h = natHost();
    addLink(h.netns, "eth1", "192.168.5.1/24", "192.168.9.1/24");
    const near = tcp("172.17.0.2", 40000, "192.168.9.20", 80, "SYN");
    expect(fire(h, near, target(masquerade), "POSTROUTING", "docker0", "eth1")).toBe("ACCEPT");
    expect(near.ct!.reply).toEqual(tuple("192.168.9.20", 80, "192.168.9.1", 40000));
    const far = tcp("172.17.0.2", 40001, "8.8.8.8", 80, "SYN");
    fire(h, far, target(masquerade), "POSTROUTING", "docker0", "eth1");
    expect(far.ct!.reply.dst).toBe(ip("192.168.5.1"));
  });

  it("borrows another device's address when the outgoing one has none (inet_select_addr)", () => {
    const h = natHost();
    addLink(h.netns, "veth0");
    const syn = tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN");
    expect(fire(h, syn, target(masquerade), "POSTROUTING", "docker0", "veth0")).toBe("ACCEPT");
    expect(syn.ct!.reply.dst).toBe(ip("10.0.0.1"));
  });

  it("drops when no device has a global address, saying so in the kernel log", () => {
    const h = natHost();
    for (const link of h.netns.links.values()) if (link.name !== "lo") link.addrs = [];
    const syn = tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN");
    expect(fire(h, syn, target(masquerade), "POSTROUTING", "docker0", "eth0")).toBe("DROP");
    expect(h.log).toEqual(["eth0 ate my IP address"]);
  });

  it("leaves a connection from 0.0.0.0 alone", () => {
    const h = natHost();
    const dhcp = udp("0.0.0.0", 68, "255.255.255.255", 67);
    expect(fire(h, dhcp, target(masquerade), "POSTROUTING", "", "eth0")).toBe("ACCEPT");
    expect(dhcp.ct!.status & IPS.SRC_NAT_DONE).toBe(0);
  });

  it("takes --to-ports as the port range", () => {
    const h = natHost();
    const syn = tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN");
    fire(h, syn, target(masquerade, { ports: { min: 3000, max: 3000 } }), "POSTROUTING", "docker0", "eth0");
    expect(syn.ct!.reply).toEqual(tuple("1.2.3.4", 80, "10.0.0.1", 3000));
  });
});

describe("REDIRECT", () => {
  it("sends an incoming connection to the first address of its device, at --to-ports", () => {
    const h = natHost();
    const syn = tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN");
    expect(fire(h, syn, target(redirect, { ports: { min: 3128, max: 3128 } }), "PREROUTING", "docker0")).toBe(
      "ACCEPT",
    );
    expect(syn.ct!.reply).toEqual(tuple("172.17.0.1", 3128, "172.17.0.2", 40000));
    expect(syn.ct!.status & IPS.DST_NAT).toBe(IPS.DST_NAT);
  });

  it("sends a local connection to 127.0.0.1, keeping the port without --to-ports", () => {
    const h = natHost();
    const syn = tcp("10.0.0.1", 40000, "1.2.3.4", 80, "SYN");
    fire(h, syn, target(redirect), "OUTPUT");
    expect(syn.ct!.reply).toEqual(tuple("127.0.0.1", 80, "10.0.0.1", 40000));
  });

  it("drops what came in by a device without an address", () => {
    const h = natHost();
    addLink(h.netns, "veth0");
    expect(
      fire(h, tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN"), target(redirect), "PREROUTING", "veth0"),
    ).toBe("DROP");
  });
});

describe("SNAT and DNAT", () => {
  it("turn their options into nf_nat_range2 flags", () => {
    const { MAP_IPS, PROTO_SPECIFIED, PROTO_OFFSET, PROTO_RANDOM, PROTO_RANDOM_FULLY, PERSISTENT } =
      NF_NAT_RANGE;
    const options = {
      addrs: { min: 1, max: 2 },
      ports: { min: 10, max: 20, base: 0 },
      random: true,
      randomFully: true,
      persistent: true,
    };
    expect(natRangeOf(target(snat, options))).toEqual({
      flags: MAP_IPS | PROTO_SPECIFIED | PROTO_OFFSET | PROTO_RANDOM | PROTO_RANDOM_FULLY | PERSISTENT,
      minAddr: 1,
      maxAddr: 2,
      minProto: 10,
      maxProto: 20,
      baseProto: 0,
    });
    expect(natRangeOf(target(dnat, { ports: { min: 80, max: 80 } })).flags).toBe(PROTO_SPECIFIED);
  });

  it("do nothing to a packet that is not its connection's first", () => {
    const h = natHost();
    const syn = tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN");
    conntrackIn(h.world, h.netns, syn);
    syn.ctinfo = CTINFO.ESTABLISHED;
    const rule = target(snat, { addrs: { min: ip("10.0.0.1"), max: ip("10.0.0.1") } });
    expect(rule.module.fire(rule, syn, h.ctx("POSTROUTING"))).toBe("ACCEPT");
    expect(syn.ct!.status).toBe(0);
  });
});

describe("nf_nat_setup_info", () => {
  const range = {
    flags: NF_NAT_RANGE.MAP_IPS,
    minAddr: ip("10.0.0.1"),
    maxAddr: ip("10.0.0.1"),
    minProto: 0,
    maxProto: 0,
    baseProto: 0,
  };

  it("leaves a confirmed connection as it is", () => {
    const h = natHost();
    const syn = tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN");
    conntrackIn(h.world, h.netns, syn);
    syn.ct!.status |= IPS.CONFIRMED;
    expect(natSetupInfo(h.world, h.netns, syn.ct!, range, "SRC")).toBe("ACCEPT");
    expect(syn.ct!.reply).toEqual(tuple("1.2.3.4", 80, "172.17.0.2", 40000));
  });

  it("refuses to bind one side twice", () => {
    const h = natHost();
    const syn = tcp("172.17.0.2", 40000, "1.2.3.4", 80, "SYN");
    conntrackIn(h.world, h.netns, syn);
    expect(allocNullBinding(h.world, h.netns, syn.ct!, "SRC")).toBe("ACCEPT");
    expect(natSetupInfo(h.world, h.netns, syn.ct!, range, "SRC")).toBe("DROP");
    expect(syn.ct!.status & (IPS.SRC_NAT | IPS.SRC_NAT_DONE)).toBe(IPS.SRC_NAT_DONE);
  });

  it("reuses the mapping an earlier connection from the same source got", () => {
    const h = natHost();
    const first = udp("172.17.0.2", 5353, "1.2.3.4", 53);
    const rule = target(snat, {
      addrs: { min: ip("10.0.0.1"), max: ip("10.0.0.1") },
      ports: { min: 20000, max: 29999 },
    });
    fire(h, first, rule, "POSTROUTING", "docker0", "eth0");
    conntrackConfirm(h.world, h.netns, first);
    const second = udp("172.17.0.2", 5353, "8.8.8.8", 53);
    fire(h, second, rule, "POSTROUTING", "docker0", "eth0");
    expect(second.ct!.reply.dport).toBe(first.ct!.reply.dport);
  });
});
