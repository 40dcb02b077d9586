import { describe, expect, it } from "vitest";
import { testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const web = testPacket({ tcp: { sport: 40000, dport: 8080 } });

describe("multiport match (ports_match_v1)", () => {
  it("finds the port among single ports and ranges of one side", () => {
    expect(matchResult("-p tcp -m multiport --dports 80,443,8000:8999", web)).toBe("match");
    expect(matchResult("-p tcp -m multiport --dports 80,443", web)).toBe("dports 8080 ∉ 80,443");
    expect(matchResult("-p tcp -m multiport --sports 80,443", web)).toBe("sports 40000 ∉ 80,443");
    expect(matchResult("-p tcp -m multiport --sports 30000:50000", web)).toBe("match");
    expect(matchResult("-p udp -m multiport --dports 53,123", testPacket({ udp: { dport: 123 } }))).toBe(
      "match",
    );
  });

  it("takes either side with --ports", () => {
    expect(matchResult("-p tcp -m multiport --ports 40000", web)).toBe("match");
    expect(matchResult("-p tcp -m multiport --ports 8080", web)).toBe("match");
    expect(matchResult("-p tcp -m multiport --ports 22,80", web)).toBe("ports 40000,8080 ∉ 22,80");
  });

  it("turns the whole answer over with !", () => {
    expect(matchResult("-p tcp -m multiport ! --dports 80,443", web)).toBe("match");
    expect(matchResult("-p tcp -m multiport ! --dports 80,8000:9000", web)).toBe(
      "dports 8080 ∈ 80,8000:9000",
    );
    expect(matchResult("-p tcp -m multiport ! --ports 40000", web)).toBe("ports 40000,8080 ∈ 40000");
  });

  it("never matches a later fragment, ! or not", () => {
    const fragment = testPacket({ tcp: { dport: 8080 }, fields: { fragOffset: 3 } });
    expect(matchResult("-p tcp -m multiport ! --dports 22", fragment)).toBe("frag offset 3: no port header");
  });
});
