import { describe, expect, it } from "vitest";
import type { Packet } from "../stack/packet";
import { ZONE_DIR } from "./conn";
import { formatConn } from "./format";
import { host, icmp, quoteOf, udp, type Host } from "./test-packets";

const A = "10.9.0.1";
const B = "10.9.0.2";

const listing = (h: Host): string[] =>
  [...h.netns.conntrack.entries].map((c) => formatConn(c, h.world.clock));

/** The packet as a `CT --zone ID` (or --zone-orig / --zone-reply / --zone mark) rule leaves it. */
function inZone(p: Packet, id: number, dir: number = ZONE_DIR.BOTH, zoneFromMark = false): Packet {
  p.ctTemplate = { zone: { id, dir }, zoneFromMark };
  return p;
}

// The lines were recorded from Linux 6.18 and conntrack-tools 1.4.7 (timeouts aside).
describe("conntrack zones", () => {
  it("keeps the same tuple in two zones as two entries, and prints zone= after the mark", () => {
    const h = host();
    expect(h.pass(udp(A, 6666, B, 7000))).toMatchObject({ action: "new", confirmed: true });
    expect(h.pass(inZone(udp(A, 6666, B, 7000), 4))).toMatchObject({ action: "new", confirmed: true });
    expect(h.pass(inZone(udp(A, 6666, B, 7000), 4))).toMatchObject({ action: "found" });
    expect(listing(h)).toEqual([
      "udp      17 30 src=10.9.0.1 dst=10.9.0.2 sport=6666 dport=7000 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=7000 dport=6666 mark=0 use=1",
      "udp      17 30 src=10.9.0.1 dst=10.9.0.2 sport=6666 dport=7000 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=7000 dport=6666 mark=0 zone=4 use=1",
    ]);
  });

  it("does not find a zone's entry for a reply outside the zone (the echo reply is INVALID)", () => {
    const h = host();
    h.pass(inZone(icmp(A, B, 8, 6506), 5));
    expect(h.pass(icmp(B, A, 0, 6506))).toMatchObject({ action: "invalid", state: "INVALID" });
    expect(h.pass(inZone(icmp(B, A, 0, 6506), 5))).toMatchObject({ action: "found", state: "ESTABLISHED" });
    expect(listing(h)).toEqual([
      "icmp     1 30 src=10.9.0.1 dst=10.9.0.2 type=8 code=0 id=6506 src=10.9.0.2 dst=10.9.0.1 type=0 code=0 id=6506 mark=0 zone=5 use=1",
    ]);
  });

  it("--zone-orig: the reply tuple stays in zone 0, and the zone prints after the original tuple", () => {
    const h = host();
    h.pass(inZone(udp(A, 56909, B, 1000), 6, ZONE_DIR.ORIG));
    expect(listing(h)).toEqual([
      "udp      17 30 src=10.9.0.1 dst=10.9.0.2 sport=56909 dport=1000 zone-orig=6 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1000 dport=56909 mark=0 use=1",
    ]);
    expect(h.pass(udp(B, 1000, A, 56909))).toMatchObject({ action: "found", state: "ESTABLISHED" });
    // Outside zone 6 the same packet is new, and its reply tuple clashes with that entry's in zone 0.
    expect(h.pass(udp(A, 56909, B, 1000))).toMatchObject({ action: "new", confirmed: false });
  });

  it("--zone-reply: only a packet in the reply zone finds the reply tuple (the second lookup)", () => {
    const h = host();
    h.pass(inZone(udp(A, 58893, B, 1001), 8, ZONE_DIR.REPL));
    expect(listing(h)).toEqual([
      "udp      17 30 src=10.9.0.1 dst=10.9.0.2 sport=58893 dport=1001 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1001 dport=58893 zone-reply=8 mark=0 use=1",
    ]);
    expect(h.pass(inZone(udp(B, 1001, A, 58893), 8, ZONE_DIR.REPL))).toMatchObject({
      action: "found",
      state: "ESTABLISHED",
    });
    expect(h.pass(inZone(udp(A, 58893, B, 1001), 8, ZONE_DIR.REPL))).toMatchObject({ action: "found" });
    // Outside zone 8 it is a new flow, whose reply tuple is that entry's original one, in zone 0.
    expect(h.pass(udp(B, 1001, A, 58893))).toMatchObject({ action: "new", confirmed: false });
  });

  it("--zone mark takes the zone from the mark's low 16 bits when conntrack runs; zone 0 is no zone", () => {
    const h = host();
    const p = inZone(udp(A, 45051, B, 1002), 0, ZONE_DIR.BOTH, true);
    p.mark = 0x10009;
    h.pass(p);
    expect(p.ctTemplate).toBeUndefined();
    const unmarked = h.pass(inZone(udp(A, 45052, B, 1002), 0, ZONE_DIR.BOTH, true));
    expect([unmarked.entry, ...listing(h)]).toEqual([
      "udp      17 30 src=10.9.0.1 dst=10.9.0.2 sport=45052 dport=1002 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1002 dport=45052 mark=0 use=1",
      "udp      17 30 src=10.9.0.1 dst=10.9.0.2 sport=45051 dport=1002 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1002 dport=45051 mark=0 zone=9 use=1",
      "udp      17 30 src=10.9.0.1 dst=10.9.0.2 sport=45052 dport=1002 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1002 dport=45052 mark=0 use=1",
    ]);
    expect([...h.netns.conntrack.entries][1]!.zone).toBeUndefined();
  });

  it("relates an ICMP error to a connection only in the error's own zone", () => {
    const h = host();
    const request = inZone(udp(A, 5000, B, 53), 5);
    h.pass(request);
    const error = () => icmp(B, A, 3, 0, quoteOf(request));
    expect(h.pass(error())).toMatchObject({ action: "invalid" });
    expect(h.pass(inZone(error(), 5))).toMatchObject({ action: "found", state: "RELATED" });
  });
});
