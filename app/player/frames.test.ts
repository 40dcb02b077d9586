import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { framesOf, packetStarts } from "./frames";

function curlTrace() {
  const world = createWorld("bare");
  const result = runLine(
    world,
    "ip netns exec laptop curl -s -m 2 http://198.18.5.130/",
    "host",
    undefined,
    true,
  );
  return result.trace ?? [];
}

describe("framesOf", () => {
  const trace = curlTrace();
  const frames = framesOf(trace);

  it("places the MASQUERADE rule in the router's nat POSTROUTING walk, with the packet as it is there", () => {
    const i = trace.findIndex((e) => e.kind === "rule");
    expect(frames[i]).toMatchObject({
      netns: "router",
      hook: "POSTROUTING",
      table: "nat",
      chain: "POSTROUTING",
      packet: { id: 1, src: "192.168.31.50", dst: "198.18.5.130", oif: "wan", ttl: 63 },
      rewrites: [],
    });
    expect(trace[frames[i]!.walkStart]).toEqual({ kind: "hook", netns: "router", hook: "POSTROUTING" });
  });

  it("keeps a NAT rewrite with its packet for the rest of the walk", () => {
    const i = trace.findIndex((e) => e.kind === "nat");
    const wire = trace.findIndex((e, j) => j > i && e.kind === "wire");
    expect(frames[wire]).toMatchObject({
      netns: "internet",
      packet: { id: 1, src: "203.0.113.2" },
      wire: { from: { netns: "router", dev: "wan" }, to: { netns: "internet", dev: "eth0" } },
    });
    expect(frames[wire]!.rewrites.map((r) => [r.manip, r.before.src, r.after.src])).toEqual([
      ["SNAT", "192.168.31.50", "203.0.113.2"],
    ]);
  });

  it("gives a namespace the packets that arrived by wire in their order", () => {
    // The internet sends its ACK (5) and the answer (6) back to back; the router takes 5, then 6.
    const dnats = trace.flatMap((e, i) => (e.kind === "nat" && e.manip === "DNAT" ? [i] : []));
    expect(dnats.map((i) => frames[i]!.packet?.id)).toEqual([2, 5, 6, 9]);
    const hooks = dnats.map((i) => frames[i]!.walkStart);
    expect(hooks.map((i) => frames[i]!.packet?.id)).toEqual([2, 5, 6, 9]);
  });

  it("lists each packet of the exchange where it was sent", () => {
    expect(packetStarts(trace).map((p) => `${p.netns} ${p.packet.id} ${p.packet.flags}`)).toEqual([
      "laptop 1 S",
      "internet 2 S.",
      "laptop 3 .",
      "laptop 4 P.",
      "internet 5 .",
      "internet 6 P.",
      "laptop 7 .",
      "laptop 8 F.",
      "internet 9 F.",
      "laptop 10 .",
    ]);
  });
});
