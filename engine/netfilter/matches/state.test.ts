import { describe, expect, it } from "vitest";
import { CTINFO, IPS } from "../../conntrack/conn";
import { testConn, testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const withCt = (ctinfo: (typeof CTINFO)[keyof typeof CTINFO]) =>
  testPacket({ tcp: {}, fields: { ct: testConn({ status: IPS.DST_NAT }), ctinfo } });

describe("state match (conntrack_mt with the state test alone)", () => {
  it("tests the state bit, with !", () => {
    expect(matchResult("-m state --state NEW", withCt(CTINFO.NEW))).toBe("match");
    expect(matchResult("-m state --state ESTABLISHED,RELATED", withCt(CTINFO.NEW))).toBe(
      "state NEW ∉ RELATED,ESTABLISHED",
    );
    expect(matchResult("-m state --state ESTABLISHED", withCt(CTINFO.ESTABLISHED_REPLY))).toBe("match");
    expect(matchResult("-m state ! --state NEW", withCt(CTINFO.NEW))).toBe("state NEW ∈ NEW");
    expect(matchResult("-m state --state INVALID", testPacket({ tcp: {} }))).toBe("match");
    expect(
      matchResult("-m state --state UNTRACKED", testPacket({ tcp: {}, fields: { untracked: true } })),
    ).toBe("match");
    expect(matchResult("-m state ! --state INVALID,UNTRACKED", testPacket({ tcp: {} }))).toBe(
      "state INVALID ∈ INVALID,UNTRACKED",
    );
  });
});
