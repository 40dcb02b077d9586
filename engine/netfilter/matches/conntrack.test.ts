import { describe, expect, it } from "vitest";
import { CTINFO, IPS, type Conn, type CtInfo } from "../../conntrack/conn";
import { WORLD_EPOCH_MS } from "../../world";
import { testConn, testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

const NOW = WORLD_EPOCH_MS;

const tracked = (ctinfo: CtInfo, over: Partial<Conn> = {}) =>
  testPacket({ tcp: {}, fields: { ct: testConn({ expires: NOW + 117_500, ...over }), ctinfo } });
const fresh = tracked(CTINFO.NEW);
const established = tracked(CTINFO.ESTABLISHED, { status: IPS.CONFIRMED | IPS.SEEN_REPLY | IPS.ASSURED });
const reply = tracked(CTINFO.ESTABLISHED_REPLY, { status: IPS.CONFIRMED | IPS.SEEN_REPLY });
const related = tracked(CTINFO.RELATED_REPLY);
const invalid = testPacket({ tcp: {} });
const untracked = testPacket({ tcp: {}, fields: { untracked: true } });
const dnatted = tracked(CTINFO.NEW, {
  status: IPS.DST_NAT,
  reply: { src: 0xac110002, dst: 0x0a000001, proto: 6, sport: 8080, dport: 40000 },
});

describe("conntrack match (conntrack_mt, revision 3)", () => {
  it("--ctstate: the packet's state, a reply counting as its original's", () => {
    expect(matchResult("-m conntrack --ctstate NEW", fresh)).toBe("match");
    expect(matchResult("-m conntrack --ctstate RELATED,ESTABLISHED", fresh)).toBe(
      "ctstate NEW ∉ RELATED,ESTABLISHED",
    );
    expect(matchResult("-m conntrack --ctstate ESTABLISHED", reply)).toBe("match");
    expect(matchResult("-m conntrack --ctstate RELATED", related)).toBe("match");
    expect(matchResult("-m conntrack --ctstate INVALID", invalid)).toBe("match");
    expect(matchResult("-m conntrack --ctstate UNTRACKED", untracked)).toBe("match");
    expect(matchResult("-m conntrack --ctstate NEW", untracked)).toBe("ctstate UNTRACKED ∉ NEW");
    expect(matchResult("-m conntrack ! --ctstate INVALID", invalid)).toBe("ctstate INVALID ∈ INVALID");
    expect(matchResult("-m conntrack ! --ctstate INVALID", established)).toBe("match");
  });

  it("--ctstate SNAT/DNAT: the connection's NAT status bits", () => {
    expect(matchResult("-m conntrack --ctstate DNAT", dnatted)).toBe("match");
    expect(matchResult("-m conntrack --ctstate SNAT", dnatted)).toBe("ctstate NEW,DNAT ∉ SNAT");
    expect(matchResult("-m conntrack ! --ctstate SNAT", dnatted)).toBe("match");
  });

  it("without a connection only --ctstate can match, and decides alone", () => {
    expect(matchResult("-m conntrack --ctproto tcp", invalid)).toBe("no connection (INVALID)");
    expect(matchResult("-m conntrack ! --ctproto udp", untracked)).toBe("no connection (UNTRACKED)");
    expect(matchResult("-m conntrack --ctstate INVALID --ctproto udp", invalid)).toBe("match");
  });

  it("--ctdir: the packet's direction", () => {
    expect(matchResult("-m conntrack --ctdir ORIGINAL", established)).toBe("match");
    expect(matchResult("-m conntrack --ctdir ORIGINAL", reply)).toBe("ctdir REPLY ≠ ORIGINAL");
    expect(matchResult("-m conntrack --ctdir REPLY", reply)).toBe("match");
    expect(matchResult("-m conntrack --ctdir REPLY", fresh)).toBe("ctdir ORIGINAL ≠ REPLY");
  });

  it("--ctorig/--ctrepl addresses and ports, with !", () => {
    expect(matchResult("-m conntrack --ctorigsrc 10.0.0.0/24 --ctorigdst 10.0.0.2", fresh)).toBe("match");
    expect(matchResult("-m conntrack --ctorigsrc 10.9.0.0/16", fresh)).toBe(
      "ctorigsrc 10.0.0.1 ∉ 10.9.0.0/16",
    );
    expect(matchResult("-m conntrack ! --ctorigdst 10.0.0.2", fresh)).toBe("ctorigdst 10.0.0.2 = 10.0.0.2");
    expect(matchResult("-m conntrack --ctreplsrc 172.17.0.2", dnatted)).toBe("match");
    expect(matchResult("-m conntrack --ctrepldst 10.0.0.2", dnatted)).toBe("ctrepldst 10.0.0.1 ≠ 10.0.0.2");
    expect(matchResult("-m conntrack --ctorigdstport 80 --ctreplsrcport 8080", dnatted)).toBe("match");
    expect(matchResult("-m conntrack --ctorigsrcport 1:1023", fresh)).toBe("ctorigsrcport 40000 ∉ 1:1023");
    expect(matchResult("-m conntrack ! --ctrepldstport 40000", fresh)).toBe("ctrepldstport 40000 = 40000");
  });

  it("--ctproto, --ctstatus and --ctexpire", () => {
    expect(matchResult("-m conntrack --ctproto tcp", fresh)).toBe("match");
    expect(matchResult("-m conntrack --ctproto udp", fresh)).toBe("ctproto tcp ≠ udp");
    expect(matchResult("-m conntrack ! --ctproto tcp", fresh)).toBe("ctproto tcp = tcp");
    expect(matchResult("-m conntrack --ctstatus ASSURED", established)).toBe("match");
    expect(matchResult("-m conntrack --ctstatus ASSURED,EXPECTED", reply)).toBe(
      "ctstatus SEEN_REPLY,CONFIRMED ∉ EXPECTED,ASSURED",
    );
    expect(matchResult("-m conntrack ! --ctstatus SEEN_REPLY", reply)).toBe(
      "ctstatus SEEN_REPLY,CONFIRMED ∈ SEEN_REPLY",
    );
    expect(matchResult("-m conntrack --ctexpire 100:120", fresh)).toBe("match");
    expect(matchResult("-m conntrack --ctexpire 118:200", fresh)).toBe("ctexpire 117 ∉ 118:200");
    expect(matchResult("-m conntrack ! --ctexpire 117", fresh)).toBe("ctexpire 117 = 117");
  });

  it("checks in the kernel's order: state, direction, addresses, protocol, ports, status, expiry", () => {
    expect(
      matchResult("-m conntrack --ctexpire 1 --ctproto udp --ctorigsrc 10.9.9.9 --ctstate NEW", reply),
    ).toBe("ctstate ESTABLISHED ∉ NEW");
    expect(matchResult("-m conntrack --ctexpire 1 --ctproto udp --ctorigsrc 10.9.9.9", reply)).toBe(
      "ctorigsrc 10.0.0.1 ≠ 10.9.9.9",
    );
  });
});
