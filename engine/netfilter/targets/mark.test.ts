import { describe, expect, it } from "vitest";
import { testPacket } from "../test-packet";
import { targetOf, testContext, testRule } from "../test-xt";

/** The packet mark after `-j MARK <options>` on a packet marked `before`. */
function markAfter(options: string, before: number): string {
  const packet = testPacket({ tcp: {}, fields: { mark: before } });
  const t = targetOf(testRule(`-j MARK ${options}`, "mangle", "PREROUTING"));
  expect(t.module.fire(t, packet, testContext("PREROUTING", { table: "mangle" }))).toBe("CONTINUE");
  return `0x${packet.mark.toString(16)}`;
}

describe("MARK target (mark_tg: mark = (mark & ~mask) ^ value)", () => {
  it("applies each option's stored form", () => {
    expect(markAfter("--set-xmark 0x1/0xff", 0x1234)).toBe("0x1201");
    expect(markAfter("--set-xmark 0x1/0x0", 0x1)).toBe("0x0");
    expect(markAfter("--set-mark 0x5", 0xffff)).toBe("0x5");
    expect(markAfter("--set-mark 0x5/0xf", 0xff)).toBe("0xf5");
    expect(markAfter("--and-mark 0xf0", 0xff)).toBe("0xf0");
    expect(markAfter("--or-mark 0x100", 0x1)).toBe("0x101");
    expect(markAfter("--xor-mark 0x3", 0x1)).toBe("0x2");
    expect(markAfter("--set-mark 0xffffffff", 0)).toBe("0xffffffff");
    expect(markAfter("--or-mark 0x80000000", 0x1)).toBe("0x80000001");
  });
});
