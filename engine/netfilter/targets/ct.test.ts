import { describe, expect, it } from "vitest";
import { CTINFO, ZONE_DIR, type CtTemplate } from "../../conntrack/conn";
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

  it("CT attaches its template: the zone and the directions it covers, or the mark for --zone mark", () => {
    const cases: [string, CtTemplate][] = [
      ["-j CT --zone 7", { zone: { id: 7, dir: ZONE_DIR.BOTH }, zoneFromMark: false }],
      ["-j CT --zone-orig 6", { zone: { id: 6, dir: ZONE_DIR.ORIG }, zoneFromMark: false }],
      ["-j CT --zone-reply 8", { zone: { id: 8, dir: ZONE_DIR.REPL }, zoneFromMark: false }],
      ["-j CT --zone-orig 5 --zone-reply 5", { zone: { id: 5, dir: ZONE_DIR.BOTH }, zoneFromMark: false }],
      ["-j CT --zone mark", { zone: { id: 0, dir: ZONE_DIR.BOTH }, zoneFromMark: true }],
      ["-p udp -j CT --helper tftp", { zone: { id: 0, dir: ZONE_DIR.BOTH }, zoneFromMark: false }],
    ];
    for (const [spec, template] of cases) {
      const packet = testPacket({ udp: { dport: 69 } });
      expect(fire(spec, packet)).toBe("CONTINUE");
      expect([packet.ctTemplate, packet.untracked]).toEqual([template, false]);
    }
  });

  it("the first CT or NOTRACK rule a packet meets wins (xt_ct_target skips a packet with _nfct set)", () => {
    const zoned = testPacket({ udp: {} });
    fire("-j CT --zone 7", zoned);
    fire("-j CT --zone 8", zoned);
    fire("-j NOTRACK", zoned);
    expect([zoned.ctTemplate?.zone.id, zoned.untracked]).toEqual([7, false]);

    const untracked = testPacket({ udp: {} });
    fire("-j NOTRACK", untracked);
    fire("-j CT --zone 7", untracked);
    expect([untracked.ctTemplate, untracked.untracked]).toEqual([undefined, true]);
  });

  it("TRACE marks the packet for tracing", () => {
    const packet = testPacket({ tcp: {} });
    expect(fire("-j TRACE", packet)).toBe("CONTINUE");
    expect(packet.traced).toBe(true);
  });
});
