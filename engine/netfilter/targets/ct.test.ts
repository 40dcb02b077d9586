import { describe, expect, it } from "vitest";
import { CTINFO } from "../../conntrack/conn";
import type { Packet } from "../../stack/packet";
import { testConn, testPacket } from "../test-packet";
import { targetOf, testContext, testRule } from "../test-xt";

function fire(spec: string, packet: Packet, table: "raw" | "filter" = "raw") {
  const t = targetOf(testRule(spec, table, "PREROUTING"));
  return t.module.fire(t, packet, testContext("PREROUTING", { table }));
}

describe("NOTRACK, CT and TRACE targets", () => {
  it("NOTRACK and CT --notrack leave the packet untracked", () => {
    for (const spec of ["-j NOTRACK", "-j CT --notrack"]) {
      const packet = testPacket({ udp: {} });
      expect(fire(spec, packet)).toBe("CONTINUE");
      expect(packet.untracked).toBe(true);
    }
  });

  it("leaves a packet that already has a connection alone (looped back)", () => {
    const packet = testPacket({ udp: {}, fields: { ct: testConn(), ctinfo: CTINFO.NEW } });
    expect(fire("-j NOTRACK", packet)).toBe("CONTINUE");
    expect(packet.untracked).toBe(false);
  });

  it("other CT settings have no effect the playground models", () => {
    const packet = testPacket({ udp: { dport: 69 } });
    expect(fire("-p udp -j CT --helper tftp", packet)).toBe("CONTINUE");
    expect(packet.untracked).toBe(false);
  });

  it("TRACE marks the packet for tracing", () => {
    const packet = testPacket({ tcp: {} });
    expect(fire("-j TRACE", packet)).toBe("CONTINUE");
    expect(packet.traced).toBe(true);
  });
});
