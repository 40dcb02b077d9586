import { describe, expect, it } from "vitest";
import { IPS, ZONE_DIR } from "../conntrack/conn";
import { formatConn } from "../conntrack/format";
import { icmp, quoteOf, tcp, udp } from "../conntrack/test-packets";
import { dnat } from "../netfilter/targets/dnat";
import { masquerade } from "../netfilter/targets/masquerade";
import { snat } from "../netfilter/targets/snat";
import { nextU16, type Rng } from "../rng";
import type { IcmpHeader, Packet, TcpHeader } from "../stack/packet";
import { existing, ip, natHost, target, tuple, walk, type NatHost } from "./testing";

const peek = (rng: Rng): number => nextU16({ state: rng.state });
const ports = (p: Packet) => p.l4 as TcpHeader;
const conntrackL = (h: NatHost) => [...h.netns.conntrack.entries].map((c) => formatConn(c, h.world.clock));

const MASQ = target(masquerade);
const fromDocker0 = { iif: "docker0", oif: "eth0", snat: MASQ };
const fromBr1 = { iif: "br-1", oif: "eth0", snat: MASQ };

describe("MASQUERADE through the NAT hooks", () => {
  it("keeps the first container's port and moves the second's to 1024 + r % 64512 (the seed's example)", () => {
    const h = natHost();
    const first = tcp("172.17.0.2", 40000, "1.2.3.4", 443, "SYN");
    expect(walk(h, first, fromDocker0)).toBe("ACCEPT");
    expect([first.src, ports(first).sport]).toEqual([ip("10.0.0.1"), 40000]);

    const r = peek(h.world.rng);
    const second = tcp("172.18.0.2", 40000, "1.2.3.4", 443, "SYN");
    expect(walk(h, second, fromBr1)).toBe("ACCEPT");
    const port = 1024 + (r % 64512);
    expect([second.src, ports(second).sport]).toEqual([ip("10.0.0.1"), port]);
    expect(conntrackL(h)).toEqual([
      "tcp      6 120 SYN_SENT src=172.17.0.2 dst=1.2.3.4 sport=40000 dport=443 [UNREPLIED] src=1.2.3.4 dst=10.0.0.1 sport=443 dport=40000 mark=0 use=1",
      `tcp      6 120 SYN_SENT src=172.18.0.2 dst=1.2.3.4 sport=40000 dport=443 [UNREPLIED] src=1.2.3.4 dst=10.0.0.1 sport=443 dport=${port} mark=0 use=1`,
    ]);
    const [a, b] = h.netns.conntrack.entries;
    const done = IPS.SRC_NAT_DONE | IPS.DST_NAT_DONE;
    expect(a!.status & (IPS.SRC_NAT | done)).toBe(IPS.SRC_NAT | done);
    expect(b!.status & IPS.DST_NAT).toBe(0);
  });

  it("undoes the mapping on replies, and on the packets after the first", () => {
    const h = natHost();
    walk(h, tcp("172.17.0.2", 40000, "1.2.3.4", 443, "SYN"), fromDocker0);
    const r = peek(h.world.rng);
    walk(h, tcp("172.18.0.2", 40000, "1.2.3.4", 443, "SYN"), fromBr1);
    const mapped = 1024 + (r % 64512);

    const synAck = tcp("1.2.3.4", 443, "10.0.0.1", mapped, "SYN", "ACK");
    expect(walk(h, synAck, { iif: "eth0", oif: "br-1" })).toBe("ACCEPT");
    expect([synAck.dst, ports(synAck).dport]).toEqual([ip("172.18.0.2"), 40000]);

    const ack = tcp("172.18.0.2", 40000, "1.2.3.4", 443, "ACK");
    expect(walk(h, ack, fromBr1)).toBe("ACCEPT");
    expect([ack.src, ports(ack).sport]).toEqual([ip("10.0.0.1"), mapped]);
  });

  it("kills a masqueraded connection whose packets start leaving by another device", () => {
    const h = natHost();
    walk(h, tcp("172.17.0.2", 40000, "1.2.3.4", 443, "SYN"), fromDocker0);
    walk(h, tcp("1.2.3.4", 443, "10.0.0.1", 40000, "SYN", "ACK"), { iif: "eth0", oif: "docker0" });
    expect(walk(h, tcp("172.17.0.2", 40000, "1.2.3.4", 443, "ACK"), { iif: "docker0", oif: "br-1" })).toBe(
      "DROP",
    );
    expect(h.netns.conntrack.entries.size).toBe(0);
  });

  it("remaps a clashing ICMP echo id and restores it on the reply", () => {
    const h = natHost();
    walk(h, icmp("172.17.0.2", "1.2.3.4", 8, 7), fromDocker0);
    const r = peek(h.world.rng);
    const ping = icmp("172.18.0.2", "1.2.3.4", 8, 7);
    walk(h, ping, fromBr1);
    expect((ping.l4 as IcmpHeader).id).toBe(r);

    const pong = icmp("1.2.3.4", "10.0.0.1", 0, r);
    expect(walk(h, pong, { iif: "eth0", oif: "br-1" })).toBe("ACCEPT");
    expect([pong.dst, (pong.l4 as IcmpHeader).id]).toEqual([ip("172.18.0.2"), 7]);
  });

  it("translates an ICMP error's quoted packet back to the container's address and port", () => {
    const h = natHost();
    walk(h, tcp("172.17.0.2", 40000, "1.2.3.4", 443, "SYN"), fromDocker0);
    const r = peek(h.world.rng);
    const sent = tcp("172.18.0.2", 40000, "1.2.3.4", 443, "SYN");
    walk(h, sent, fromBr1);

    const error = icmp("9.9.9.9", "10.0.0.1", 3, 0, quoteOf(sent));
    expect(walk(h, error, { iif: "eth0", oif: "br-1" })).toBe("ACCEPT");
    expect(error.dst).toBe(ip("172.18.0.2"));
    expect((error.l4 as IcmpHeader).quote).toEqual({
      src: ip("172.18.0.2"),
      dst: ip("1.2.3.4"),
      proto: 6,
      sport: 40000,
      dport: 443,
    });
    expect(1024 + (r % 64512)).toBe(ports(sent).sport);
  });
});

describe("null bindings", () => {
  it("move a local connection's source port off a port MASQUERADE already uses", () => {
    const h = natHost();
    walk(h, tcp("172.17.0.2", 40000, "1.2.3.4", 443, "SYN"), fromDocker0);
    const r = peek(h.world.rng);
    const local = tcp("10.0.0.1", 40000, "1.2.3.4", 443, "SYN");
    expect(walk(h, local, { oif: "eth0" })).toBe("ACCEPT");
    expect(ports(local).sport).toBe(1024 + (r % 64512));
  });

  it("are not made where no nat chain exists: the clash is left to conntrack, which drops", () => {
    const h = natHost();
    for (const chain of h.netns.ruleset.nat.chains.values()) chain.created = false;
    existing(h, tuple("172.17.0.2", 40000, "1.2.3.4", 443), tuple("1.2.3.4", 443, "10.0.0.1", 40000));
    const local = tcp("10.0.0.1", 40000, "1.2.3.4", 443, "SYN");
    expect(walk(h, local, { oif: "eth0" })).toBe("DROP");
    expect(ports(local).sport).toBe(40000);
  });
});

describe("DNAT and SNAT", () => {
  it("DNATs the first packet, and un-DNATs the replies' source", () => {
    const h = natHost();
    const rule = target(dnat, {
      addrs: { min: ip("172.17.0.2"), max: ip("172.17.0.2") },
      ports: { min: 80, max: 80 },
    });
    const syn = tcp("5.6.7.8", 5555, "10.0.0.1", 8080, "SYN");
    expect(walk(h, syn, { iif: "eth0", oif: "docker0", dnat: rule })).toBe("ACCEPT");
    expect([syn.src, ports(syn).sport, syn.dst, ports(syn).dport]).toEqual([
      ip("5.6.7.8"),
      5555,
      ip("172.17.0.2"),
      80,
    ]);

    const synAck = tcp("172.17.0.2", 80, "5.6.7.8", 5555, "SYN", "ACK");
    expect(walk(h, synAck, { iif: "docker0", oif: "eth0" })).toBe("ACCEPT");
    expect([synAck.src, ports(synAck).sport, synAck.dst]).toEqual([ip("10.0.0.1"), 8080, ip("5.6.7.8")]);
    const [conn] = h.netns.conntrack.entries;
    expect(conn!.status & (IPS.DST_NAT | IPS.SRC_NAT)).toBe(IPS.DST_NAT);
  });

  it("translates a container's ICMP error about a DNATed packet to come from the host", () => {
    const h = natHost();
    const rule = target(dnat, {
      addrs: { min: ip("172.17.0.2"), max: ip("172.17.0.2") },
      ports: { min: 80, max: 80 },
    });
    const syn = tcp("5.6.7.8", 5555, "10.0.0.1", 8080, "SYN");
    walk(h, syn, { iif: "eth0", oif: "docker0", dnat: rule });

    const error = icmp("172.17.0.2", "5.6.7.8", 3, 0, quoteOf(syn));
    expect(walk(h, error, { iif: "docker0", oif: "eth0" })).toBe("ACCEPT");
    expect([error.src, error.dst]).toEqual([ip("10.0.0.1"), ip("5.6.7.8")]);
    expect((error.l4 as IcmpHeader).quote).toEqual(quoteOf(tcp("5.6.7.8", 5555, "10.0.0.1", 8080)));
  });

  it("drops at confirm when every port of the range is taken", () => {
    const h = natHost();
    for (let port = 5000; port <= 5009; port++)
      existing(h, tuple("172.17.0.9", port, "1.2.3.4", 53, 17), tuple("1.2.3.4", 53, "10.0.0.1", port, 17));
    const rule = target(snat, {
      addrs: { min: ip("10.0.0.1"), max: ip("10.0.0.1") },
      ports: { min: 5000, max: 5009 },
    });
    const query = udp("172.17.0.2", 33000, "1.2.3.4", 53);
    expect(walk(h, query, { iif: "docker0", oif: "eth0", snat: rule })).toBe("DROP");
    expect(h.netns.conntrack.entries.size).toBe(10);
  });
});

/** The packet as `CT --zone ID` in raw PREROUTING leaves it. */
function inZone(p: Packet, id: number): Packet {
  p.ctTemplate = { zone: { id, dir: ZONE_DIR.BOTH }, zoneFromMark: false };
  return p;
}

// As recorded on Linux 6.18: two clients' flows SNATed to one address both keep their port when
// one is in zone 5, as its reply tuple is only taken in zone 0.
describe("NAT in conntrack zones", () => {
  it("checks that a tuple is unique only within its connection's zone", () => {
    const h = natHost();
    walk(h, tcp("172.17.0.2", 40000, "1.2.3.4", 443, "SYN"), fromDocker0);
    const rng = h.world.rng.state;
    const second = inZone(tcp("172.18.0.2", 40000, "1.2.3.4", 443, "SYN"), 5);
    expect(walk(h, second, fromBr1)).toBe("ACCEPT");
    expect(h.world.rng.state).toBe(rng);
    expect(conntrackL(h)).toEqual([
      "tcp      6 120 SYN_SENT src=172.17.0.2 dst=1.2.3.4 sport=40000 dport=443 [UNREPLIED] src=1.2.3.4 dst=10.0.0.1 sport=443 dport=40000 mark=0 use=1",
      "tcp      6 120 SYN_SENT src=172.18.0.2 dst=1.2.3.4 sport=40000 dport=443 [UNREPLIED] src=1.2.3.4 dst=10.0.0.1 sport=443 dport=40000 mark=0 zone=5 use=1",
    ]);
  });

  it("reuses an earlier connection's source mapping only within the same zone", () => {
    const mappedPort = (zone: number): number => {
      const h = natHost();
      walk(h, tcp("172.17.0.2", 40000, "1.2.3.4", 443, "SYN"), fromDocker0);
      walk(h, tcp("172.18.0.2", 40000, "1.2.3.4", 443, "SYN"), fromBr1);
      const next = inZone(tcp("172.18.0.2", 40000, "5.6.7.8", 443, "SYN"), zone);
      walk(h, next, fromBr1);
      return ports(next).sport;
    };
    const moved = mappedPort(0);
    expect(moved).not.toBe(40000);
    expect(mappedPort(5)).toBe(40000);
  });
});
