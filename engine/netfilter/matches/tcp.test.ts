import { describe, expect, it } from "vitest";
import { TCP } from "../../stack/packet";
import { testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const syn = testPacket({ tcp: { sport: 40000, dport: 80, flags: TCP.SYN } });
const ack = testPacket({ tcp: { sport: 40000, dport: 80, flags: TCP.ACK } });
const rst = testPacket({ tcp: { sport: 40000, dport: 80, flags: TCP.RST | TCP.ACK } });

describe("tcp match (tcp_mt)", () => {
  it("compares ports and port ranges, with !", () => {
    expect(matchResult("-p tcp --dport 80", syn)).toBe("match");
    expect(matchResult("-p tcp --dport 8081", syn)).toBe("dport 80 ≠ 8081");
    expect(matchResult("-p tcp --sport 1:1023", syn)).toBe("sport 40000 ∉ 1:1023");
    expect(matchResult("-p tcp --sport 1024:", syn)).toBe("match");
    expect(matchResult("-p tcp ! --dport 80", syn)).toBe("dport 80 = 80");
    expect(matchResult("-p tcp ! --dport 443", syn)).toBe("match");
    expect(matchResult("-p tcp ! --sport 30000:50000", syn)).toBe("sport 40000 ∈ 30000:50000");
    expect(matchResult("-p tcp --sport 40000 --dport 81", syn)).toBe("dport 80 ≠ 81");
  });

  it("compares flags under their mask, --syn included", () => {
    expect(matchResult("-p tcp --syn", syn)).toBe("match");
    expect(matchResult("-p tcp --syn", ack)).toBe("tcp-flags FIN,SYN,RST,ACK: ACK ≠ SYN");
    expect(matchResult("-p tcp ! --syn", syn)).toBe("tcp-flags FIN,SYN,RST,ACK: SYN = SYN");
    expect(matchResult("-p tcp ! --syn", ack)).toBe("match");
    expect(matchResult("-p tcp --tcp-flags RST RST", rst)).toBe("match");
    expect(matchResult("-p tcp --tcp-flags SYN,FIN NONE", ack)).toBe("match");
    expect(matchResult("-p tcp --tcp-flags ALL NONE", ack)).toBe(
      "tcp-flags FIN,SYN,RST,PSH,ACK,URG: ACK ≠ NONE",
    );
  });

  it("finds the options Linux sends: all on a SYN, timestamps later, none on a socketless reset", () => {
    expect(matchResult("-p tcp --tcp-option 2", syn)).toBe("match");
    expect(matchResult("-p tcp --tcp-option 3", syn)).toBe("match");
    expect(matchResult("-p tcp --tcp-option 2", ack)).toBe("tcp-option 2 absent");
    expect(matchResult("-p tcp --tcp-option 8", ack)).toBe("match");
    expect(matchResult("-p tcp --tcp-option 8", rst)).toBe("tcp-option 8 absent");
    expect(matchResult("-p tcp ! --tcp-option 8", rst)).toBe("match");
    expect(matchResult("-p tcp ! --tcp-option 4", syn)).toBe("tcp-option 4 present");
    expect(matchResult("-p tcp --tcp-option 200", syn)).toBe("tcp-option 200 absent");
    // A socket's abortive close sends its reset with timestamps (52 bytes), as Linux 6.18 does.
    const abort = testPacket({ tcp: { flags: TCP.RST | TCP.ACK }, fields: { length: 52 } });
    expect(matchResult("-p tcp --tcp-option 8", abort)).toBe("match");
    expect(matchResult("-p tcp --tcp-option 2", abort)).toBe("tcp-option 2 absent");
  });

  it("never matches what has no TCP header", () => {
    expect(matchResult("-p tcp ! --dport 22", testPacket({ udp: { dport: 80 } }))).toBe("no TCP header");
  });

  it("never matches a later fragment, ! or not", () => {
    const fragment = testPacket({ tcp: { dport: 80 }, fields: { fragOffset: 100 } });
    expect(matchResult("-p tcp --dport 80", fragment)).toBe("frag offset 100: no TCP header");
    expect(matchResult("-p tcp ! --dport 22", fragment)).toBe("frag offset 100: no TCP header");
    expect(matchResult("-p tcp -m tcp --tcp-option 8", fragment)).toBe("frag offset 100: no TCP header");
  });
});
