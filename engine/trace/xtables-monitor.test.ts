import { describe, expect, it } from "vitest";
import type { PacketView, TraceEvent } from "./events";
import { packetLine, traceId } from "./packet-line";
import { formatTrace } from "./xtables-monitor";

const syn: PacketView = {
  id: 7,
  src: "10.0.0.1",
  dst: "10.0.0.2",
  proto: "tcp",
  sport: 54092,
  dport: 82,
  flags: "S",
  length: 60,
  ttl: 64,
  mark: 0,
  iif: "eth0",
  tos: 0,
  ipId: 27047,
  df: true,
  link: { type: "ether", src: "c2:8d:a8:3e:02:66", dst: "ae:07:c4:f8:65:32" },
};

const unreachable: PacketView = {
  id: 8,
  src: "10.0.0.2",
  dst: "10.0.0.1",
  proto: "icmp",
  icmp: { type: 3, code: 3, id: 0, seq: 0 },
  length: 88,
  ttl: 64,
  mark: 0,
  oif: "eth0",
  tos: 0xc0,
  ipId: 13644,
  df: false,
};

const ns = "b";
const id7 = traceId(7);
const id8 = traceId(8);

describe("packetLine", () => {
  it("prints a received TCP segment as xtables-monitor 1.8.9 does", () => {
    // Recorded: PACKET: 2 5c77fb34 IN=eth0 MACSRC=c2:8d:a8:3e:2:66 MACDST=ae:7:c4:f8:65:32 MACPROTO=0800
    // SRC=10.0.0.1 DST=10.0.0.2 LEN=60 TOS=0x0 TTL=64 ID=27047 DF SPORT=37580 DPORT=82 SYN
    expect(packetLine(syn)).toBe(
      `PACKET: 2 ${id7} IN=eth0 MACSRC=c2:8d:a8:3e:2:66 MACDST=ae:7:c4:f8:65:32 MACPROTO=0800 SRC=10.0.0.1 DST=10.0.0.2 LEN=60 TOS=0x0 TTL=64 ID=27047 DF SPORT=54092 DPORT=82 SYN `,
    );
  });

  it("prints loopback, output device, flags in its order, and the mark", () => {
    expect(packetLine({ ...syn, iif: "lo", link: { type: "loopback" }, flags: "FP.", mark: 5 })).toBe(
      `PACKET: 2 ${id7} IN=lo LOOPBACK SRC=10.0.0.1 DST=10.0.0.2 LEN=60 TOS=0x0 TTL=64 ID=27047 DF SPORT=54092 DPORT=82 ACK FIN PSH MARK=0x5 `,
    );
    expect(packetLine(unreachable)).toBe(
      `PACKET: 2 ${id8} OUT=eth0 SRC=10.0.0.2 DST=10.0.0.1 LEN=88 TOS=0xc0 TTL=64 ID=13644 `,
    );
  });

  it("gives each packet a stable 8-digit trace id", () => {
    expect(traceId(7)).toMatch(/^[0-9a-f]{8}$/);
    expect(traceId(7)).toBe(traceId(7));
    expect(traceId(8)).not.toBe(traceId(7));
  });
});

describe("formatTrace", () => {
  it("prints a REJECT's answer before the rule that sent it, as the kernel reports the rule after its target", () => {
    const rule = "-p tcp -m tcp --dport 82 -j REJECT --reject-with icmp-port-unreachable";
    const events: TraceEvent[] = [
      { kind: "wire", from: { netns: "a", dev: "eth0" }, to: { netns: ns, dev: "eth0" }, packet: syn },
      { kind: "hook", netns: ns, hook: "INPUT" },
      { kind: "chain", netns: ns, table: "filter", chain: "INPUT", via: "hook", packet: syn },
      {
        kind: "rule",
        netns: ns,
        table: "filter",
        chain: "INPUT",
        num: 1,
        rule: "-p tcp -m tcp --dport 81 -j DROP",
        matched: false,
        why: "dport 82 ≠ 81",
      },
      { kind: "rule", netns: ns, table: "filter", chain: "INPUT", num: 2, rule, matched: true },
      {
        kind: "route",
        netns: ns,
        dst: "10.0.0.1",
        decision: "output",
        route: "10.0.0.0/24 dev eth0",
        dev: "eth0",
      },
      { kind: "hook", netns: ns, hook: "OUTPUT" },
      { kind: "chain", netns: ns, table: "filter", chain: "OUTPUT", via: "hook", packet: unreachable },
      { kind: "verdict", netns: ns, table: "filter", chain: "OUTPUT", verdict: "ACCEPT" },
      {
        kind: "wire",
        from: { netns: ns, dev: "eth0" },
        to: { netns: "a", dev: "eth0" },
        packet: unreachable,
      },
      { kind: "verdict", netns: ns, table: "filter", chain: "INPUT", verdict: "DROP", num: 2 },
    ];
    expect(formatTrace(events)).toBe(
      [
        "# netns b",
        `# wire: a/eth0 → b/eth0: ${id7} tcp 10.0.0.1:54092 → 10.0.0.2:82 [S] length 60`,
        "# hook: INPUT",
        packetLine(syn),
        `# filter:INPUT:rule:0x1: no match (dport 82 ≠ 81)  -4 -t filter -A INPUT -p tcp -m tcp --dport 81 -j DROP`,
        "# route: 10.0.0.1: output (10.0.0.0/24 dev eth0)",
        "# hook: OUTPUT",
        packetLine(unreachable),
        ` TRACE: 2 ${id8} filter:OUTPUT:policy:ACCEPT `,
        "# netns a",
        `# wire: b/eth0 → a/eth0: ${id8} icmp 10.0.0.2 → 10.0.0.1 destination unreachable code 3 length 88`,
        "# netns b",
        ` TRACE: 2 ${id7} filter:INPUT:rule:0x2:DROP  -4 -t filter -A INPUT ${rule}`,
        "",
      ].join("\n"),
    );
  });

  it("prints jumps, gotos, RETURN, rules that only continue, and the end of a user chain", () => {
    const at = { netns: ns, table: "filter" as const };
    const events: TraceEvent[] = [
      { kind: "chain", ...at, chain: "INPUT", via: "hook", packet: syn },
      { kind: "rule", ...at, chain: "INPUT", num: 1, rule: "-p tcp -g G", matched: true },
      { kind: "chain", ...at, chain: "G", via: "goto" },
      { kind: "rule", ...at, chain: "G", num: 1, rule: "-s 10.0.0.1/32 -j J", matched: true },
      { kind: "chain", ...at, chain: "J", via: "jump" },
      { kind: "rule", ...at, chain: "J", num: 1, rule: "-j LOG --log-prefix x", matched: true },
      { kind: "return", ...at, chain: "J" },
      { kind: "rule", ...at, chain: "G", num: 2, rule: "-j R", matched: true },
      { kind: "chain", ...at, chain: "R", via: "jump" },
      { kind: "rule", ...at, chain: "R", num: 1, rule: "-p tcp -j RETURN", matched: true },
      { kind: "return", ...at, chain: "R" },
      { kind: "verdict", ...at, chain: "INPUT", verdict: "ACCEPT" },
    ];
    const head = ` TRACE: 2 ${id7} filter`;
    expect(formatTrace(events)).toBe(
      [
        "# netns b",
        packetLine(syn),
        `${head}:INPUT:rule:0x1:GOTO:G  -4 -t filter -A INPUT -p tcp -g G`,
        `${head}:G:rule:0x1:JUMP:J  -4 -t filter -A G -s 10.0.0.1/32 -j J`,
        `${head}:J:rule:0x1:CONTINUE  -4 -t filter -A J -j LOG --log-prefix x`,
        "# filter:J: end of chain, back to the calling chain",
        `${head}:G:rule:0x2:JUMP:R  -4 -t filter -A G -j R`,
        `${head}:R:rule:0x1:0xfffffffb  -4 -t filter -A R -p tcp -j RETURN`,
        `${head}:INPUT:policy:ACCEPT `,
        "",
      ].join("\n"),
    );
  });

  it("prints every other step as a marked line", () => {
    const after: PacketView = { ...syn, dst: "172.17.0.2", dport: 80 };
    const events: TraceEvent[] = [
      { kind: "send", netns: "host", packet: syn, by: "nc" },
      {
        kind: "conntrack",
        netns: "host",
        action: "new",
        state: "NEW",
        entry:
          "tcp      6 120 SYN_SENT src=10.0.0.1 dst=10.0.0.2 sport=54092 dport=82 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=82 dport=54092 mark=0 use=1",
      },
      { kind: "nat", netns: "host", manip: "DNAT", reply: false, before: syn, after },
      { kind: "nat", netns: "host", manip: "DNAT", reply: true, before: after, after: syn },
      {
        kind: "conntrack",
        netns: "host",
        action: "confirm",
        state: "NEW",
        entry: "tcp      6 120 SYN_SENT …",
      },
      { kind: "conntrack", netns: "host", action: "untracked", state: "UNTRACKED" },
      {
        kind: "bridge",
        netns: "host",
        bridge: "docker0",
        inPort: "veth1",
        outPorts: ["veth2", "veth3"],
        flooded: true,
      },
      {
        kind: "route",
        netns: "host",
        dst: "10.9.9.9",
        decision: "unreachable",
        route: "Network is unreachable",
        dev: "",
      },
      { kind: "deliver", netns: "host", socket: "nc (TCP ESTABLISHED)" },
      { kind: "drop", netns: "host", reason: "TTL expired in transit" },
    ];
    expect(formatTrace(events)).toBe(
      [
        "# netns host",
        `# send: nc: ${id7} tcp 10.0.0.1:54092 → 10.0.0.2:82 [S] length 60`,
        "# conntrack: NEW tcp      6 120 SYN_SENT src=10.0.0.1 dst=10.0.0.2 sport=54092 dport=82 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=82 dport=54092 mark=0 use=1",
        "# nat: DNAT 10.0.0.2:82 → 172.17.0.2:80",
        "# nat: SNAT undone on the reply: 172.17.0.2:80 → 10.0.0.2:82",
        "# conntrack: confirmed: tcp      6 120 SYN_SENT …",
        "# conntrack: UNTRACKED",
        "# bridge: docker0: veth1 → veth2, veth3 (flooded)",
        "# route: 10.9.9.9: unreachable (Network is unreachable)",
        "# deliver: nc (TCP ESTABLISHED)",
        "# drop: TTL expired in transit",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing for an empty trace", () => {
    expect(formatTrace([])).toBe("");
  });
});
