import { describe, expect, it } from "vitest";
import { TCP, type Packet } from "../../stack/packet";
import { testHost } from "../test-host";
import { testPacket } from "../test-packet";
import { targetOf, testContext, testRule } from "../test-xt";

const { world, host } = testHost();

/** Fires `-j REJECT [--reject-with …]` (with `-p tcp` for a reset) at a packet: the verdict, and what was sent back. */
function reject(options: string, packet: Packet) {
  const ctx = testContext("INPUT", { world, netns: host });
  const proto = options.includes("tcp-reset") ? "-p tcp " : "";
  const t = targetOf(testRule(`${proto}-j REJECT ${options}`, "filter", "INPUT"));
  const verdict = t.module.fire(t, packet, ctx);
  return { verdict, answers: ctx.replies.map((r) => r.answer) };
}

const syn = testPacket({ src: "10.0.0.254", dst: "10.0.0.1", tcp: { flags: TCP.SYN } });

describe("REJECT target (reject_tg)", () => {
  it("drops and answers port-unreachable by default", () => {
    expect(reject("", syn)).toEqual({ verdict: "DROP", answers: [{ kind: "icmp", code: 3 }] });
  });

  it("maps each --reject-with to its ICMP code", () => {
    const code = (type: string) => reject(`--reject-with ${type}`, syn).answers[0];
    expect(code("icmp-net-unreachable")).toEqual({ kind: "icmp", code: 0 });
    expect(code("icmp-host-unreachable")).toEqual({ kind: "icmp", code: 1 });
    expect(code("icmp-proto-unreachable")).toEqual({ kind: "icmp", code: 2 });
    expect(code("icmp-port-unreachable")).toEqual({ kind: "icmp", code: 3 });
    expect(code("icmp-net-prohibited")).toEqual({ kind: "icmp", code: 9 });
    expect(code("icmp-host-prohibited")).toEqual({ kind: "icmp", code: 10 });
    expect(code("icmp-admin-prohibited")).toEqual({ kind: "icmp", code: 13 });
  });

  it("sends a reset for TCP, but never for a reset", () => {
    expect(reject("--reject-with tcp-reset", syn).answers).toEqual([{ kind: "tcp-reset" }]);
    const rst = testPacket({ src: "10.0.0.254", dst: "10.0.0.1", tcp: { flags: TCP.RST | TCP.ACK } });
    expect(reject("--reject-with tcp-reset", rst)).toEqual({ verdict: "DROP", answers: [] });
  });

  it("never answers an ICMP error or an unknown ICMP type, but answers echo", () => {
    const error = testPacket({ src: "10.0.0.254", dst: "10.0.0.1", icmp: { type: 3, code: 3 } });
    const unknown = testPacket({ src: "10.0.0.254", dst: "10.0.0.1", icmp: { type: 42 } });
    const echo = testPacket({ src: "10.0.0.254", dst: "10.0.0.1", icmp: { type: 8 } });
    expect(reject("", error).answers).toEqual([]);
    expect(reject("", unknown).answers).toEqual([]);
    expect(reject("", echo).answers).toEqual([{ kind: "icmp", code: 3 }]);
  });

  it("never answers a later fragment or a broadcast or multicast destination", () => {
    const fragment = testPacket({ src: "10.0.0.254", dst: "10.0.0.1", udp: {}, fields: { fragOffset: 8 } });
    expect(reject("", fragment)).toEqual({ verdict: "DROP", answers: [] });
    expect(reject("", testPacket({ src: "10.0.0.254", dst: "10.0.0.255", udp: {} })).answers).toEqual([]);
    expect(reject("", testPacket({ src: "10.0.0.254", dst: "224.0.0.251", udp: {} })).answers).toEqual([]);
    const tcpFragment = testPacket({ dst: "10.0.0.1", tcp: {}, fields: { fragOffset: 8 } });
    expect(reject("--reject-with tcp-reset", tcpFragment).answers).toEqual([]);
  });
});
