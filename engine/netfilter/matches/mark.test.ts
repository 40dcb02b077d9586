import { describe, expect, it } from "vitest";
import { testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const marked = (mark: number) => testPacket({ tcp: {}, fields: { mark } });

describe("mark match (mark_mt)", () => {
  it("compares the nfmark under the mask, with !", () => {
    expect(matchResult("-m mark --mark 0x1", marked(1))).toBe("match");
    expect(matchResult("-m mark --mark 0x1", marked(0))).toBe("mark 0x0 ≠ 0x1");
    expect(matchResult("-m mark --mark 0x1/0xff", marked(0x301))).toBe("match");
    expect(matchResult("-m mark --mark 0x1/0xff", marked(0x302))).toBe("mark 0x302 ≠ 0x1/0xff");
    expect(matchResult("-m mark ! --mark 0x1/0xff", marked(0x301))).toBe("mark 0x301 = 0x1/0xff");
    expect(matchResult("-m mark ! --mark 0x1", marked(2))).toBe("match");
    expect(matchResult("-m mark --mark 0xffffffff", marked(0xffffffff))).toBe("match");
    expect(matchResult("-m mark --mark 0x80000000/0x80000000", marked(0xc0000000))).toBe("match");
  });

  it("never matches a value with bits outside its mask", () => {
    expect(matchResult("-m mark --mark 0x100/0xff", marked(0x100))).toBe("mark 0x100 ≠ 0x100/0xff");
  });
});
