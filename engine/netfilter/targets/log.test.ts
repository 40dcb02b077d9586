import { describe, expect, it } from "vitest";
import { addAddress } from "../../netdev/addr";
import { enslave } from "../../netdev/bridge-port";
import { createVethPair } from "../../netdev/devices";
import { makeNetns } from "../../netdev/namespace";
import { TCP, type Packet } from "../../stack/packet";
import type { Hook } from "../hooks";
import { testHost } from "../test-host";
import { testPacket } from "../test-packet";
import { targetOf, testContext, testRule } from "../test-xt";

const { world, host, ctr } = testHost();

/** The kernel log lines `-j LOG <options>` writes for a packet at a hook of a namespace. */
function logged(
  options: string | readonly string[],
  packet: Packet,
  hook: Hook = "INPUT",
  netns = host,
): string[] {
  const words = typeof options === "string" ? options.split(" ").filter(Boolean) : options;
  const t = targetOf(testRule(["-j", "LOG", ...words], "filter", hook));
  const ctx = testContext(hook, { world, netns });
  expect(t.module.fire(t, packet, ctx)).toBe("CONTINUE");
  return ctx.logs;
}

const synIn = testPacket({
  src: "10.0.0.254",
  dst: "10.0.0.1",
  tcp: { flags: TCP.SYN },
  fields: { iif: "eth0" },
});

describe("LOG target (nf_log_ip_packet)", () => {
  it("writes the kernel's line for a received TCP segment, MAC header included", () => {
    expect(logged("", synIn)).toEqual([
      "IN=eth0 OUT= MAC=02:00:00:00:00:01:02:00:00:00:00:fe:08:00 SRC=10.0.0.254 DST=10.0.0.1 LEN=60 TOS=0x00 " +
        "PREC=0x00 TTL=64 ID=54321 DF PROTO=TCP SPT=40000 DPT=80 WINDOW=64240 RES=0x00 SYN URGP=0 ",
    ]);
  });

  it("puts the prefix first and honours --log-tcp-sequence and --log-macdecode", () => {
    const ack = testPacket({
      src: "10.0.0.254",
      dst: "10.0.0.1",
      tcp: { flags: TCP.ACK | TCP.PSH, seq: 3000000000, ack: 42 },
      fields: { iif: "eth0", tos: 0xb8, mark: 0x2a },
    });
    expect(
      logged(["--log-prefix", "fw: ", "--log-tcp-sequence", "--log-macdecode", "--log-level", "7"], ack),
    ).toEqual([
      "fw: IN=eth0 OUT= MACSRC=02:00:00:00:00:fe MACDST=02:00:00:00:00:01 MACPROTO=0800 SRC=10.0.0.254 " +
        "DST=10.0.0.1 LEN=52 TOS=0x18 PREC=0xA0 TTL=64 ID=54321 DF PROTO=TCP SPT=40000 DPT=80 SEQ=3000000000 " +
        "ACK=42 WINDOW=64240 RES=0x00 ACK PSH URGP=0 MARK=0x2a ",
    ]);
  });

  it("has no MAC for a locally sent packet, nor an IN device after routing", () => {
    const dns = testPacket({
      src: "10.0.0.1",
      dst: "10.0.0.254",
      udp: { sport: 33000, dport: 53 },
      fields: { oif: "eth0" },
    });
    const line =
      "IN= OUT=eth0 SRC=10.0.0.1 DST=10.0.0.254 LEN=28 TOS=0x00 PREC=0x00 TTL=64 ID=54321 DF PROTO=UDP " +
      "SPT=33000 DPT=53 LEN=8 ";
    expect(logged("", dns, "OUTPUT")).toEqual([line]);
    const forwarded = { ...dns, iif: "docker0" };
    expect(logged("", forwarded, "POSTROUTING")).toEqual([line]);
  });

  it("names the bridge port a bridged packet came by, and its sender's MAC", () => {
    const fromCtr = testPacket({
      src: "172.17.0.2",
      dst: "10.0.0.254",
      icmp: { type: 8, id: 7, seq: 3 },
      fields: { iif: "docker0", oif: "eth0", physIn: "vethc", ttl: 63, df: false, length: 84 },
    });
    expect(logged("", fromCtr, "FORWARD")).toEqual([
      "IN=docker0 OUT=eth0 PHYSIN=vethc MAC=02:42:00:00:00:01:02:42:ac:11:00:02:08:00 SRC=172.17.0.2 " +
        "DST=10.0.0.254 LEN=84 TOS=0x00 PREC=0x00 TTL=63 ID=54321 PROTO=ICMP TYPE=8 CODE=0 ID=7 SEQ=3 ",
    ]);
  });

  it("shows loopback's zero MAC, broadcast destinations, other protocols and fragments", () => {
    const viaLo = testPacket({
      src: "127.0.0.1",
      dst: "127.0.0.1",
      icmp: { type: 3, code: 3 },
      fields: { iif: "lo" },
    });
    expect(logged("", viaLo)[0]).toBe(
      "IN=lo OUT= MAC=00:00:00:00:00:00:00:00:00:00:00:00:08:00 SRC=127.0.0.1 DST=127.0.0.1 LEN=28 TOS=0x00 " +
        "PREC=0x00 TTL=64 ID=54321 DF PROTO=ICMP TYPE=3 CODE=3 ",
    );
    const broadcast = testPacket({
      src: "10.0.0.254",
      dst: "10.0.0.255",
      udp: { dport: 137 },
      fields: { iif: "eth0" },
    });
    expect(logged("", broadcast)[0]).toContain(" MAC=ff:ff:ff:ff:ff:ff:02:00:00:00:00:fe:08:00 ");
    const gre = testPacket({
      src: "10.0.0.254",
      dst: "10.0.0.1",
      proto: 47,
      fields: { oif: "eth0", length: 100 },
    });
    expect(logged("", gre, "OUTPUT")[0]).toBe(
      "IN= OUT=eth0 SRC=10.0.0.254 DST=10.0.0.1 LEN=100 TOS=0x00 PREC=0x00 TTL=64 ID=54321 DF PROTO=47 ",
    );
    const fragment = testPacket({
      dst: "10.0.0.1",
      tcp: {},
      fields: { oif: "eth0", fragOffset: 185, df: false },
    });
    expect(logged("", fragment, "OUTPUT")[0]).toBe(
      "IN= OUT=eth0 SRC=10.0.0.1 DST=10.0.0.1 LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=54321 FRAG:185 PROTO=TCP ",
    );
  });

  it("takes a bridged frame's source from the neighbour that owns the address", () => {
    const lan = testHost();
    const ctr2 = makeNetns(lan.world, "ctr2");
    const port = createVethPair(lan.world, lan.host, { name: "vethd", kind: "veth" }, ctr2, {
      name: "eth0",
      kind: "veth",
      mac: "02:42:ac:11:00:03",
    });
    enslave(lan.world, port, lan.docker0);
    addAddress(ctr2, port.peer!, { addr: 0xac110003, prefixLen: 16, scope: "global", label: "eth0" });
    lan.host.sysctl.set("net.netfilter.nf_log_all_netns", "1");
    const t = targetOf(testRule("-j LOG", "filter", "INPUT"));
    const ctx = testContext("INPUT", { world: lan.world, netns: lan.ctr });
    const fromNeighbour = testPacket({
      src: "172.17.0.3",
      dst: "172.17.0.2",
      udp: {},
      fields: { iif: "eth0" },
    });
    t.module.fire(t, fromNeighbour, ctx);
    expect(ctx.logs[0]).toContain(" MAC=02:42:ac:11:00:02:02:42:ac:11:00:03:08:00 ");
  });

  it("logs nothing in other namespaces unless the host sets nf_log_all_netns", () => {
    const inCtr = testPacket({ src: "172.17.0.1", dst: "172.17.0.2", tcp: {}, fields: { iif: "eth0" } });
    expect(logged("", inCtr, "INPUT", ctr)).toEqual([]);
    host.sysctl.set("net.netfilter.nf_log_all_netns", "1");
    expect(logged("", inCtr, "INPUT", ctr)).toEqual([
      "IN=eth0 OUT= MAC=02:42:ac:11:00:02:02:42:00:00:00:01:08:00 SRC=172.17.0.1 DST=172.17.0.2 LEN=60 " +
        "TOS=0x00 PREC=0x00 TTL=64 ID=54321 DF PROTO=TCP SPT=40000 DPT=80 WINDOW=64240 RES=0x00 SYN URGP=0 ",
    ]);
    host.sysctl.delete("net.netfilter.nf_log_all_netns");
  });
});
