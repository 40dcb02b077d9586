import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runLine } from "../shell";
import { captureAll } from "./capture";

describe("captureAll", () => {
  it("prints each device's packets as tcpdump -n does, with the step they belong to", () => {
    const world = createWorld("bare");
    const capture = captureAll(world);
    const trace = runLine(world, "ping -c 1 198.18.5.130", "host", undefined, true).trace!;
    const lines = capture.stop();
    expect(world.taps).toEqual([]);
    expect(lines.filter((l) => l.netns === "host").map((l) => `${l.dev}: ${l.line}`)).toEqual([
      "eth0: 18:00:00.000000 IP 192.168.31.228 > 198.18.5.130: ICMP echo request, id 53587, seq 1, length 64",
      "eth0: 18:00:00.000000 IP 198.18.5.130 > 192.168.31.228: ICMP echo reply, id 53587, seq 1, length 64",
    ]);
    expect(lines.filter((l) => l.netns === "router").map((l) => `${l.dev}: ${l.line}`)).toEqual([
      "lan-host: 18:00:00.000000 IP 192.168.31.228 > 198.18.5.130: ICMP echo request, id 53587, seq 1, length 64",
      "br-lan: 18:00:00.000000 IP 192.168.31.228 > 198.18.5.130: ICMP echo request, id 53587, seq 1, length 64",
      "wan: 18:00:00.000000 IP 203.0.113.2 > 198.18.5.130: ICMP echo request, id 53587, seq 1, length 64",
      "wan: 18:00:00.000000 IP 198.18.5.130 > 203.0.113.2: ICMP echo reply, id 53587, seq 1, length 64",
      "br-lan: 18:00:00.000000 IP 198.18.5.130 > 192.168.31.228: ICMP echo reply, id 53587, seq 1, length 64",
      "lan-host: 18:00:00.000000 IP 198.18.5.130 > 192.168.31.228: ICMP echo reply, id 53587, seq 1, length 64",
    ]);
    // The first line leaves host eth0 as the trace's wire step from it is recorded.
    const first = lines[0]!;
    expect(trace[first.step]).toMatchObject({
      kind: "wire",
      from: { netns: "host", dev: "eth0" },
      packet: { id: first.packet },
    });
  });
});
