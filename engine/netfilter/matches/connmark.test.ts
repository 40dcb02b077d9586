import { describe, expect, it } from "vitest";
import { CTINFO } from "../../conntrack/conn";
import { testConn, testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const ctMarked = (mark: number) =>
  testPacket({ tcp: {}, fields: { ct: testConn({ mark }), ctinfo: CTINFO.ESTABLISHED, mark: 0x77 } });

describe("connmark match (connmark_mt)", () => {
  it("compares the connection's mark under the mask, with !", () => {
    expect(matchResult("-m connmark --mark 0x1", ctMarked(1))).toBe("match");
    expect(matchResult("-m connmark --mark 0x1", ctMarked(0))).toBe("connmark 0x0 ≠ 0x1");
    expect(matchResult("-m connmark --mark 0x10/0xf0", ctMarked(0x1f))).toBe("match");
    expect(matchResult("-m connmark ! --mark 0x10/0xf0", ctMarked(0x1f))).toBe("connmark 0x1f = 0x10/0xf0");
    expect(matchResult("-m connmark ! --mark 0x1", ctMarked(2))).toBe("match");
  });

  it("never matches a packet without a connection, ! or not", () => {
    expect(matchResult("-m connmark ! --mark 0x1", testPacket({ tcp: {} }))).toBe("connmark: no connection");
    const untracked = testPacket({ tcp: {}, fields: { untracked: true, ct: testConn({ mark: 1 }) } });
    expect(matchResult("-m connmark --mark 0x1", untracked)).toBe("connmark: no connection");
  });
});
