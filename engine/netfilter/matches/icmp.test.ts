import { describe, expect, it } from "vitest";
import { testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const ping = testPacket({ icmp: { type: 8 } });
const pong = testPacket({ icmp: { type: 0 } });
const portUnreachable = testPacket({ icmp: { type: 3, code: 3 } });
const hostUnreachable = testPacket({ icmp: { type: 3, code: 1 } });

describe("icmp match (icmp_match, icmp_type_code_match)", () => {
  it("compares the type, and the code when the rule names one", () => {
    expect(matchResult("-p icmp --icmp-type echo-request", ping)).toBe("match");
    expect(matchResult("-p icmp --icmp-type 8", ping)).toBe("match");
    expect(matchResult("-p icmp --icmp-type echo-request", pong)).toBe("icmp-type echo-reply ≠ echo-request");
    expect(matchResult("-p icmp --icmp-type destination-unreachable", hostUnreachable)).toBe("match");
    expect(matchResult("-p icmp --icmp-type port-unreachable", portUnreachable)).toBe("match");
    expect(matchResult("-p icmp --icmp-type port-unreachable", hostUnreachable)).toBe(
      "icmp-type host-unreachable ≠ port-unreachable",
    );
    expect(matchResult("-p icmp --icmp-type 3/2", portUnreachable)).toBe(
      "icmp-type port-unreachable ≠ protocol-unreachable",
    );
    expect(matchResult("-p icmp --icmp-type 3/0:2", hostUnreachable)).toBe("match");
    expect(matchResult("-p icmp --icmp-type 3/0:2", portUnreachable)).toBe(
      "icmp-type port-unreachable ≠ 3/0:2",
    );
    expect(matchResult("-p icmp --icmp-type 42", testPacket({ icmp: { type: 40, code: 7 } }))).toBe(
      "icmp-type 40/7 ≠ 42",
    );
  });

  it("takes any type for `any`, and honours !", () => {
    expect(matchResult("-p icmp --icmp-type any", portUnreachable)).toBe("match");
    expect(matchResult("-p icmp ! --icmp-type any", ping)).toBe("icmp-type echo-request = any");
    expect(matchResult("-p icmp ! --icmp-type echo-request", ping)).toBe(
      "icmp-type echo-request = echo-request",
    );
    expect(matchResult("-p icmp ! --icmp-type echo-request", pong)).toBe("match");
  });

  it("never matches a later fragment", () => {
    const fragment = testPacket({ icmp: { type: 8 }, fields: { fragOffset: 185 } });
    expect(matchResult("-p icmp ! --icmp-type echo-reply", fragment)).toBe("frag offset 185: no ICMP header");
  });
});
