import { describe, expect, it } from "vitest";
import { fixedPorts, normalise, portRangeProblems } from "./normalise";

describe("normalise", () => {
  const conntrack = (stdout: string) =>
    normalise({ stdout, stderr: "" }, "conntrack -L", fixedPorts("curl http://198.18.5.130:443/")).stdout;

  it("labels ports the kernel picked, keeps named ones, sorts entries and hides timeouts (and their column padding)", () => {
    const out = conntrack(
      "udp      17 29 src=10.0.0.2 dst=10.0.0.1 sport=40001 dport=53 src=10.0.0.1 dst=10.0.0.2 sport=53 dport=40001 mark=0 use=1\n" +
        "tcp      6 119 TIME_WAIT src=10.0.0.2 dst=198.18.5.130 sport=51000 dport=443 src=198.18.5.130 dst=10.0.0.2 sport=443 dport=1030 [ASSURED] mark=0 use=1\n",
    );
    expect(out.text).toBe(
      "tcp 6 <timeout> TIME_WAIT src=10.0.0.2 dst=198.18.5.130 sport=<p1> dport=443 src=198.18.5.130 dst=10.0.0.2 sport=443 dport=<p2> [ASSURED] mark=0 use=1\n" +
        "udp 17 <timeout> src=10.0.0.2 dst=10.0.0.1 sport=<p1> dport=53 src=10.0.0.1 dst=10.0.0.2 sport=53 dport=<p1> mark=0 use=1\n",
    );
    // The socket's port comes from the ephemeral range; a NAT-changed one from nf_nat's.
    expect(out.ports.map((p) => p.range)).toEqual([
      [32768, 60999],
      [1024, 65535],
      [32768, 60999],
    ]);
  });

  it("hides measured times", () => {
    const ping = "64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=0.051 ms\n";
    expect(normalise({ stdout: ping, stderr: "" }, "ping", new Set()).stdout.text).toBe(
      "64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=<t> ms\n",
    );
  });
});

describe("portRangeProblems", () => {
  it("reports an engine port outside the range the kernel picked from", () => {
    const kernel = [{ value: 40000, range: [32768, 60999] as const }];
    expect(portRangeProblems(kernel, [{ value: 50000, range: [32768, 60999] }])).toEqual([]);
    expect(portRangeProblems(kernel, [{ value: 1030, range: [1024, 65535] }])).toEqual([
      "kernel-picked port #1: the engine picked 1030, the kernel 40000 (from 32768-60999)",
    ]);
  });
});
