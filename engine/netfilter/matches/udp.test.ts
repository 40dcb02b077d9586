import { describe, expect, it } from "vitest";
import { testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const dns = testPacket({ udp: { sport: 33000, dport: 53 } });

describe("udp match (udp_mt)", () => {
  it("compares ports and ranges, with !", () => {
    expect(matchResult("-p udp --dport 53", dns)).toBe("match");
    expect(matchResult("-p udp --dport 123", dns)).toBe("dport 53 ≠ 123");
    expect(matchResult("-p udp --sport 1:1023", dns)).toBe("sport 33000 ∉ 1:1023");
    expect(matchResult("-p udp ! --dport 53", dns)).toBe("dport 53 = 53");
    expect(matchResult("-p udp ! --sport 32768:60999", dns)).toBe("sport 33000 ∈ 32768:60999");
    expect(matchResult("-p udp ! --sport 1:1023 --dport 53", dns)).toBe("match");
  });

  it("never matches a later fragment", () => {
    const fragment = testPacket({ udp: { dport: 53 }, fields: { fragOffset: 1 } });
    expect(matchResult("-p udp --dport 53", fragment)).toBe("frag offset 1: no UDP header");
    expect(matchResult("-p udp ! --dport 80", fragment)).toBe("frag offset 1: no UDP header");
  });
});
