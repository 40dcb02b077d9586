import { describe, expect, it } from "vitest";
import { CTINFO, IPS } from "./conn";
import { conntrackConfirm, conntrackIn } from "./core";
import { formatConn } from "./format";
import { host, icmp, quoteOf, rawProto, tcp, udp, type Host } from "./test-packets";

const A = "10.77.0.1";
const B = "10.77.0.2";

/** The table as `conntrack -L` would print it now, in creation order. */
const listing = (h: Host): string[] =>
  [...h.netns.conntrack.entries].map((c) => formatConn(c, h.world.clock));

describe("TCP", () => {
  it("goes SYN_SENT [UNREPLIED] → SYN_RECV → ESTABLISHED [ASSURED] over the handshake", () => {
    const h = host();
    const syn = h.pass(tcp(A, 39494, B, 5000, "SYN"));
    expect(syn).toEqual({
      action: "new",
      state: "NEW",
      confirmed: true,
      entry:
        "tcp      6 120 SYN_SENT src=10.77.0.1 dst=10.77.0.2 sport=39494 dport=5000 [UNREPLIED] src=10.77.0.2 dst=10.77.0.1 sport=5000 dport=39494 mark=0 use=1",
    });
    expect(h.pass(tcp(B, 5000, A, 39494, "SYN", "ACK")).entry).toBe(
      "tcp      6 60 SYN_RECV src=10.77.0.1 dst=10.77.0.2 sport=39494 dport=5000 src=10.77.0.2 dst=10.77.0.1 sport=5000 dport=39494 mark=0 use=1",
    );
    expect(h.pass(tcp(A, 39494, B, 5000, "ACK"))).toMatchObject({ action: "found", state: "ESTABLISHED" });
    h.sleep(5);
    // Recorded from Linux 6.18 five seconds after `nc` connected.
    expect(listing(h)).toEqual([
      "tcp      6 431995 ESTABLISHED src=10.77.0.1 dst=10.77.0.2 sport=39494 dport=5000 src=10.77.0.2 dst=10.77.0.1 sport=5000 dport=39494 [ASSURED] mark=0 use=1",
    ]);
  });

  it("gives ctinfo NEW to a retransmitted SYN and does not refresh its timer", () => {
    const h = host();
    h.pass(tcp(A, 41758, B, 7777, "SYN"));
    h.sleep(3);
    const again = tcp(A, 41758, B, 7777, "SYN");
    expect(h.pass(again)).toMatchObject({ action: "found", state: "NEW" });
    expect(again.ctinfo).toBe(CTINFO.NEW);
    h.sleep(2);
    expect(listing(h)).toEqual([
      "tcp      6 115 SYN_SENT src=10.77.0.1 dst=10.77.0.2 sport=41758 dport=7777 [UNREPLIED] src=10.77.0.2 dst=10.77.0.1 sport=7777 dport=41758 mark=0 use=1",
    ]);
  });

  it("closes FIN_WAIT → CLOSE_WAIT → LAST_ACK → TIME_WAIT", () => {
    const h = host();
    const states: string[] = [];
    const step = (p: ReturnType<typeof tcp>) => {
      h.pass(p);
      states.push(listing(h)[0]!.split(" src=")[0]!);
    };
    h.pass(tcp(A, 56564, B, 5001, "SYN"));
    h.pass(tcp(B, 5001, A, 56564, "SYN", "ACK"));
    h.pass(tcp(A, 56564, B, 5001, "ACK"));
    step(tcp(A, 56564, B, 5001, "FIN", "ACK"));
    step(tcp(B, 5001, A, 56564, "ACK"));
    step(tcp(B, 5001, A, 56564, "FIN", "ACK"));
    step(tcp(A, 56564, B, 5001, "ACK"));
    expect(states).toEqual([
      "tcp      6 120 FIN_WAIT",
      "tcp      6 60 CLOSE_WAIT",
      "tcp      6 30 LAST_ACK",
      "tcp      6 120 TIME_WAIT",
    ]);
    h.sleep(5);
    expect(listing(h)).toEqual([
      "tcp      6 115 TIME_WAIT src=10.77.0.1 dst=10.77.0.2 sport=56564 dport=5001 src=10.77.0.2 dst=10.77.0.1 sport=5001 dport=56564 [ASSURED] mark=0 use=1",
    ]);
  });

  it("lets a new SYN reopen a TIME_WAIT entry as a fresh connection", () => {
    const h = host();
    h.pass(tcp(A, 1000, B, 80, "SYN"));
    h.pass(tcp(B, 80, A, 1000, "SYN", "ACK"));
    h.pass(tcp(A, 1000, B, 80, "ACK"));
    h.pass(tcp(A, 1000, B, 80, "FIN", "ACK"));
    h.pass(tcp(B, 80, A, 1000, "FIN", "ACK"));
    h.pass(tcp(A, 1000, B, 80, "ACK"));
    expect(h.pass(tcp(A, 1000, B, 80, "SYN"))).toMatchObject({ action: "new", state: "NEW" });
    expect([...h.netns.conntrack.entries].map((c) => [c.id, c.tcpState])).toEqual([[2, "SYN_SENT"]]);
  });

  it("moves to CLOSE for 10 s on a RST, and drops the entry when a RST is the only answer", () => {
    const h = host();
    h.pass(tcp(A, 1000, B, 80, "SYN"));
    h.pass(tcp(B, 80, A, 1000, "SYN", "ACK"));
    h.pass(tcp(A, 1000, B, 80, "ACK"));
    h.pass(tcp(A, 1000, B, 80, "RST"));
    expect(listing(h)[0]).toMatch(/^tcp {6}6 10 CLOSE src=/);

    const refused = host();
    refused.pass(tcp(A, 2000, B, 5002, "SYN"));
    const rst = tcp(B, 5002, A, 2000, "RST", "ACK");
    expect(refused.pass(rst)).toMatchObject({ action: "found", state: "ESTABLISHED" });
    expect(listing(refused)).toEqual([]);
  });

  it("picks up a connection from a bare ACK (tcp_loose) with the 300 s cap until it is answered", () => {
    const h = host();
    expect(h.pass(tcp(A, 3000, B, 22, "ACK"))).toMatchObject({ action: "new", state: "NEW" });
    expect(listing(h)[0]).toBe(
      "tcp      6 300 ESTABLISHED src=10.77.0.1 dst=10.77.0.2 sport=3000 dport=22 [UNREPLIED] src=10.77.0.2 dst=10.77.0.1 sport=22 dport=3000 mark=0 use=1",
    );
    h.pass(tcp(B, 22, A, 3000, "ACK"));
    h.pass(tcp(A, 3000, B, 22, "ACK"));
    expect(listing(h)[0]).toMatch(/^tcp {6}6 432000 ESTABLISHED .* \[ASSURED\] mark=0 use=1$/);
  });

  it("calls INVALID what cannot start a connection or has impossible flags", () => {
    const h = host();
    h.netns.sysctl.set("net.netfilter.nf_conntrack_tcp_loose", "0");
    for (const p of [
      tcp(A, 1, B, 2, "ACK"),
      tcp(A, 1, B, 2, "SYN", "ACK"),
      tcp(A, 1, B, 2, "RST"),
      tcp(A, 1, B, 2, "FIN"),
      tcp(A, 1, B, 2, "SYN", "FIN"),
      tcp(A, 1, B, 2),
    ]) {
      expect(h.pass(p)).toEqual({ action: "invalid", state: "INVALID", confirmed: true });
      expect(p.ct).toBeUndefined();
    }
    expect(listing(h)).toEqual([]);
  });

  it("ignores a SYN on an established connection without touching its timer", () => {
    const h = host();
    h.pass(tcp(A, 1000, B, 80, "SYN"));
    h.pass(tcp(B, 80, A, 1000, "SYN", "ACK"));
    h.pass(tcp(A, 1000, B, 80, "ACK"));
    h.sleep(10);
    expect(h.pass(tcp(A, 1000, B, 80, "SYN"))).toMatchObject({ action: "found", state: "ESTABLISHED" });
    expect(listing(h)[0]).toMatch(/^tcp {6}6 431990 ESTABLISHED/);
  });
});

describe("UDP", () => {
  it("keeps a one-way flow [UNREPLIED] for 30 s", () => {
    const h = host();
    h.pass(udp(A, 58767, B, 9999));
    h.sleep(4);
    expect(listing(h)).toEqual([
      "udp      17 26 src=10.77.0.1 dst=10.77.0.2 sport=58767 dport=9999 [UNREPLIED] src=10.77.0.2 dst=10.77.0.1 sport=9999 dport=58767 mark=0 use=1",
    ]);
  });

  it("does not assure a quick request/reply, and assures a flow still talking after 2 s", () => {
    const h = host();
    h.pass(udp(A, 40001, B, 5353));
    h.pass(udp(B, 5353, A, 40001));
    h.pass(udp(A, 40002, B, 5353));
    h.pass(udp(B, 5353, A, 40002));
    h.sleep(2.5);
    h.pass(udp(A, 40002, B, 5353));
    h.pass(udp(B, 5353, A, 40002));
    h.sleep(0.5);
    // Recorded from Linux 6.18 with the same exchanges.
    expect(listing(h)).toEqual([
      "udp      17 27 src=10.77.0.1 dst=10.77.0.2 sport=40001 dport=5353 src=10.77.0.2 dst=10.77.0.1 sport=5353 dport=40001 mark=0 use=1",
      "udp      17 119 src=10.77.0.1 dst=10.77.0.2 sport=40002 dport=5353 src=10.77.0.2 dst=10.77.0.1 sport=5353 dport=40002 [ASSURED] mark=0 use=1",
    ]);
  });

  it("never assures a flow marked as a NAT clash", () => {
    const h = host();
    h.pass(udp(A, 1, B, 2));
    h.pass(udp(B, 2, A, 1));
    const conn = [...h.netns.conntrack.entries][0]!;
    conn.status |= IPS.NAT_CLASH;
    h.sleep(3);
    h.pass(udp(A, 1, B, 2));
    expect(conn.status & IPS.ASSURED).toBe(0);
  });

  it("expires at its timeout: the next packet starts a new entry", () => {
    const h = host();
    h.pass(udp(A, 1, B, 2));
    h.sleep(30);
    expect(h.pass(udp(A, 1, B, 2))).toMatchObject({ action: "new", state: "NEW" });
    expect([...h.netns.conntrack.entries].map((c) => c.id)).toEqual([2]);
  });

  it("takes its timeouts from the namespace's sysctls", () => {
    const h = host();
    h.netns.sysctl.set("net.netfilter.nf_conntrack_udp_timeout", "10");
    h.pass(udp(A, 1, B, 2));
    expect(listing(h)[0]).toMatch(/^udp {6}17 10 src=/);
  });
});

describe("ICMP", () => {
  it("tracks an echo for 30 s, never [ASSURED]", () => {
    const h = host();
    expect(h.pass(icmp(A, B, 8, 19007))).toMatchObject({ action: "new", state: "NEW" });
    expect(h.pass(icmp(B, A, 0, 19007))).toMatchObject({ action: "found", state: "ESTABLISHED" });
    h.sleep(1);
    expect(listing(h)).toEqual([
      "icmp     1 29 src=10.77.0.1 dst=10.77.0.2 type=8 code=0 id=19007 src=10.77.0.2 dst=10.77.0.1 type=0 code=0 id=19007 mark=0 use=1",
    ]);
  });

  it("calls INVALID a reply without a request, and types that cannot be tracked", () => {
    const h = host();
    for (const type of [0, 9, 19]) expect(h.pass(icmp(B, A, type, 5)).state).toBe("INVALID");
    expect(listing(h)).toEqual([]);
  });

  it("relates an error to the connection of the packet it quotes", () => {
    const h = host();
    const probe = udp(A, 58767, B, 9999);
    h.pass(probe);
    const unreachable = icmp(B, A, 3, 0, quoteOf(probe));
    expect(h.pass(unreachable)).toMatchObject({ action: "found", state: "RELATED" });
    expect(unreachable.ctinfo).toBe(CTINFO.RELATED_REPLY);
    expect(listing(h)[0]).toContain("[UNREPLIED]");

    const forward = icmp(A, B, 11, 0, quoteOf(udp(B, 9999, A, 58767)));
    h.pass(forward);
    expect(forward.ctinfo).toBe(CTINFO.RELATED);
  });

  it("calls INVALID an error about no known connection, or sent to someone else", () => {
    const h = host();
    const probe = udp(A, 1, B, 2);
    expect(h.pass(icmp(B, A, 3, 0, quoteOf(probe))).state).toBe("INVALID");
    h.pass(probe);
    expect(h.pass(icmp(B, "10.77.0.9", 3, 0, quoteOf(probe))).state).toBe("INVALID");
  });
});

describe("other protocols and special packets", () => {
  it("tracks any other protocol for 600 s without ports", () => {
    const h = host();
    h.pass(rawProto(A, B, 50));
    expect(listing(h)).toEqual([
      "unknown  50 600 src=10.77.0.1 dst=10.77.0.2 [UNREPLIED] src=10.77.0.2 dst=10.77.0.1 mark=0 use=1",
    ]);
  });

  it("leaves NOTRACK packets alone and does not track a looped-back packet twice", () => {
    const h = host();
    const p = udp(A, 1, B, 2);
    p.untracked = true;
    expect(h.pass(p)).toMatchObject({ action: "untracked", state: "UNTRACKED" });
    const q = udp(A, 1, B, 2);
    h.pass(q);
    expect(conntrackIn(h.world, h.netns, q)).toMatchObject({ action: "found", state: "NEW" });
    expect(h.netns.conntrack.nextId).toBe(2);
  });

  it("refuses to confirm an entry whose reply tuple another entry holds (insert_failed)", () => {
    const h = host();
    h.pass(udp(A, 1000, B, 53));
    const second = udp("10.77.0.3", 1000, B, 53);
    conntrackIn(h.world, h.netns, second);
    second.ct!.reply = {
      ...second.ct!.reply,
      dst: h.netns.conntrack.entries.values().next().value!.reply.dst,
    };
    expect(conntrackConfirm(h.world, h.netns, second)).toBe(false);
    expect(h.netns.conntrack.entries.size).toBe(1);
  });
});
