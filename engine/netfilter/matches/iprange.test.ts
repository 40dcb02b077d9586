import { describe, expect, it } from "vitest";
import { testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const packet = testPacket({ src: "192.168.1.50", dst: "10.0.0.9", tcp: {} });

describe("iprange match (iprange_mt4)", () => {
  it("takes addresses within the range, both ends included", () => {
    expect(matchResult("-m iprange --src-range 192.168.1.1-192.168.1.50", packet)).toBe("match");
    expect(matchResult("-m iprange --src-range 192.168.1.50", packet)).toBe("match");
    expect(matchResult("-m iprange --src-range 192.168.1.51-192.168.1.99", packet)).toBe(
      "src-range 192.168.1.50 ∉ 192.168.1.51-192.168.1.99",
    );
    expect(matchResult("-m iprange --dst-range 10.0.0.1-10.0.0.8", packet)).toBe(
      "dst-range 10.0.0.9 ∉ 10.0.0.1-10.0.0.8",
    );
  });

  it("needs both sides when both are given, each with its own !", () => {
    expect(
      matchResult("-m iprange ! --src-range 10.0.0.0-10.255.255.255 --dst-range 10.0.0.0-10.0.0.255", packet),
    ).toBe("match");
    expect(
      matchResult("-m iprange --src-range 192.168.1.0-192.168.1.255 ! --dst-range 10.0.0.9", packet),
    ).toBe("dst-range 10.0.0.9 ∈ 10.0.0.9-10.0.0.9");
    expect(matchResult("-m iprange ! --src-range 192.168.0.0-192.168.255.255", packet)).toBe(
      "src-range 192.168.1.50 ∈ 192.168.0.0-192.168.255.255",
    );
  });

  it("never matches with a reversed range", () => {
    expect(matchResult("-m iprange --src-range 192.168.1.99-192.168.1.1", packet)).toBe(
      "src-range 192.168.1.50 ∉ 192.168.1.99-192.168.1.1",
    );
  });
});
