import { describe, expect, it } from "vitest";
import type { CommandContext } from "../shell/command";
import { conntrack } from "./commands";
import type { Packet } from "../stack/packet";
import { IPS, ZONE_DIR } from "./conn";
import { host, icmp, tcp, udp, type Host } from "./test-packets";

const A = "10.77.0.1";
const B = "10.77.0.2";
const TRY = "Try `conntrack -h' or 'conntrack --help' for more information.\n";

function run(h: Host, line: string): { out: string; err: string; status: number } {
  let out = "";
  let err = "";
  const ctx: CommandContext = {
    world: h.world,
    netns: h.netns,
    argv: line.split(" ").filter((a) => a),
    stdin: "",
    stdout: { write: (t) => void (out += t) },
    stderr: { write: (t) => void (err += t) },
  };
  const status = conntrack(ctx);
  return { out, err, status };
}

/** The flows recorded on Linux 6.18 between two namespaces (10.77.0.1 → 10.77.0.2), 5 s later. */
function recordedHost(): Host {
  const h = host();
  h.pass(tcp(A, 41758, B, 7777, "SYN"));
  h.pass(tcp(A, 39494, B, 5000, "SYN"));
  h.pass(tcp(B, 5000, A, 39494, "SYN", "ACK"));
  h.pass(tcp(A, 39494, B, 5000, "ACK"));
  h.pass(udp(A, 58767, B, 9999));
  h.sleep(1);
  h.pass(icmp(A, B, 8, 19007));
  h.pass(icmp(B, A, 0, 19007));
  h.sleep(4);
  return h;
}

const SYN_SENT =
  "tcp      6 115 SYN_SENT src=10.77.0.1 dst=10.77.0.2 sport=41758 dport=7777 [UNREPLIED] src=10.77.0.2 dst=10.77.0.1 sport=7777 dport=41758 mark=0 use=1\n";
const ESTABLISHED =
  "tcp      6 431995 ESTABLISHED src=10.77.0.1 dst=10.77.0.2 sport=39494 dport=5000 src=10.77.0.2 dst=10.77.0.1 sport=5000 dport=39494 [ASSURED] mark=0 use=1\n";
const UDP =
  "udp      17 25 src=10.77.0.1 dst=10.77.0.2 sport=58767 dport=9999 [UNREPLIED] src=10.77.0.2 dst=10.77.0.1 sport=9999 dport=58767 mark=0 use=1\n";
const ICMP =
  "icmp     1 26 src=10.77.0.1 dst=10.77.0.2 type=8 code=0 id=19007 src=10.77.0.2 dst=10.77.0.1 type=0 code=0 id=19007 mark=0 use=1\n";

describe("conntrack -L", () => {
  it("lists every entry oldest first, with the summary on stderr", () => {
    expect(run(recordedHost(), "conntrack -L")).toEqual({
      out: SYN_SENT + ESTABLISHED + UDP + ICMP,
      err: "conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.\n",
      status: 0,
    });
    expect(run(host(), "conntrack -L")).toEqual({
      out: "",
      err: "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n",
      status: 0,
    });
  });

  it.each([
    ["-p tcp", SYN_SENT + ESTABLISHED, 2],
    ["-p tcp --state SYN_SENT", SYN_SENT, 1],
    ["-p tcp --dport 5000", ESTABLISHED, 1],
    ["--protonum udp --orig-port-src 58767", UDP, 1],
    ["-p udp --reply-port-src 9999", UDP, 1],
    ["-p icmp --icmp-id 19007", ICMP, 1],
    ["-s 10.77.0.1 -p icmp", ICMP, 1],
    ["-s 012.77.1 -p icmp", ICMP, 1],
    ["-d 10.77.0.0/24 -p udp", UDP, 1],
    ["-r 10.77.0.2 -p tcp --sport 41758", SYN_SENT, 1],
    ["-q 10.77.0.9", "", 0],
    ["-m 0 -p icmp", ICMP, 1],
    ["-m 42", "", 0],
    ["-p sctp", "", 0],
    ["-f ipv6", "", 0],
    ["-n", "", 0],
    ["-p tcp --dport 99999", "", 0],
  ])("filters with %s", (options, out, count) => {
    expect(run(recordedHost(), `conntrack -L ${options}`)).toEqual({
      out,
      err: `conntrack v1.4.7 (conntrack-tools): ${count} flow entries have been shown.\n`,
      status: 0,
    });
  });

  it("selects NAT entries by -n/-g and the translated address, and prints -o extended,id", () => {
    const h = recordedHost();
    const conn = [...h.netns.conntrack.entries][1]!;
    conn.status |= IPS.SRC_NAT;
    expect(run(h, "conntrack -L -n").out).toBe(ESTABLISHED);
    expect(run(h, "conntrack -L --src-nat 10.77.0.1").out).toBe(ESTABLISHED);
    expect(run(h, "conntrack -L -n 10.77.0.2 -g").out).toBe("");
    expect(run(h, "conntrack -L -o extended,id -p tcp --dport 5000").out).toBe(
      `ipv4     2 ${ESTABLISHED.trimEnd()} id=2\n`,
    );
  });

  it("forgets entries whose timeout ran out", () => {
    const h = recordedHost();
    h.sleep(26);
    expect(run(h, "conntrack -L -p udp").err).toBe(
      "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n",
    );
  });
});

/** Recorded on Linux 6.18: CT --zone 5, --zone-orig 6 and --zone-reply 8 in raw PREROUTING of 10.9.0.2. */
function zonedHost(): Host {
  const h = host();
  const zoned = (p: Packet, id: number, dir: number) => {
    p.ctTemplate = { zone: { id, dir }, zoneFromMark: false };
    h.pass(p);
  };
  zoned(icmp("10.9.0.1", "10.9.0.2", 8, 6506), 5, ZONE_DIR.BOTH);
  zoned(udp("10.9.0.1", 56909, "10.9.0.2", 1000), 6, ZONE_DIR.ORIG);
  zoned(udp("10.9.0.1", 58893, "10.9.0.2", 1001), 8, ZONE_DIR.REPL);
  h.pass(udp("10.9.0.1", 45051, "10.9.0.2", 1002));
  h.sleep(10);
  return h;
}

const ZONE_5 =
  "icmp     1 20 src=10.9.0.1 dst=10.9.0.2 type=8 code=0 id=6506 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 type=0 code=0 id=6506 mark=0 zone=5 use=1\n";
const ZONE_ORIG_6 =
  "udp      17 20 src=10.9.0.1 dst=10.9.0.2 sport=56909 dport=1000 zone-orig=6 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1000 dport=56909 mark=0 use=1\n";
const ZONE_REPLY_8 =
  "udp      17 20 src=10.9.0.1 dst=10.9.0.2 sport=58893 dport=1001 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1001 dport=58893 zone-reply=8 mark=0 use=1\n";
const NO_ZONE =
  "udp      17 20 src=10.9.0.1 dst=10.9.0.2 sport=45051 dport=1002 [UNREPLIED] src=10.9.0.2 dst=10.9.0.1 sport=1002 dport=45051 mark=0 use=1\n";

describe("conntrack -L -w / --orig-zone / --reply-zone", () => {
  it.each([
    ["-w 5", ZONE_5],
    ["--zone=0x5", ZONE_5],
    ["-w 65541", ZONE_5],
    ["--orig-zone 6", ZONE_ORIG_6],
    ["--reply-zone 8", ZONE_REPLY_8],
    ["--zone 6", ""],
    // An entry without a zone= attribute compares as zone 0, whatever its directional zone.
    ["-w 0", ZONE_ORIG_6 + ZONE_REPLY_8 + NO_ZONE],
    ["-w abc", ZONE_ORIG_6 + ZONE_REPLY_8 + NO_ZONE],
    ["--orig-zone 0", ZONE_5 + ZONE_REPLY_8 + NO_ZONE],
  ])("conntrack -L %s", (options, out) => {
    const shown = out.split("\n").length - 1;
    expect(run(zonedHost(), `conntrack -L ${options}`)).toEqual({
      out,
      err: `conntrack v1.4.7 (conntrack-tools): ${shown} flow entries have been shown.\n`,
      status: 0,
    });
  });

  it("deletes only the zone's entries with -D -w", () => {
    const h = zonedHost();
    expect(run(h, "conntrack -D -w 5").out).toBe(ZONE_5);
    expect(run(h, "conntrack -L").out).toBe(ZONE_ORIG_6 + ZONE_REPLY_8 + NO_ZONE);
  });
});

describe("conntrack -D, -F, -C", () => {
  it("-D prints and deletes the selected entries; nothing deleted is exit status 1", () => {
    const h = recordedHost();
    expect(run(h, "conntrack -D -p tcp --dport 7777")).toEqual({
      out: SYN_SENT,
      err: "conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.\n",
      status: 0,
    });
    expect(run(h, "conntrack -C").out).toBe("3\n");
    expect(run(h, "conntrack -D -s 1.1.1.1")).toEqual({
      out: "",
      err: "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.\n",
      status: 1,
    });
  });

  it("-F empties the table and says so on stderr; -C counts", () => {
    const h = recordedHost();
    expect(run(h, "conntrack -C")).toEqual({ out: "4\n", err: "", status: 0 });
    expect(run(h, "conntrack -F conntrack")).toEqual({
      out: "",
      err: "conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.\n",
      status: 0,
    });
    expect(run(h, "conntrack -C").out).toBe("0\n");
  });
});

describe("conntrack's errors (recorded from conntrack-tools 1.4.7)", () => {
  it.each([
    ["--bogus", "unknown option `--bogus'"],
    ["-L --bogus", "unknown option `--bogus'"],
    ["-L --state ESTABLISHED", "unknown option `--state'"],
    ["-L --dport 5 -p tcp", "unknown option `--dport'"],
    ["-L -p icmp --dport 80", "unknown option `--dport'"],
    ["-X", "unknown option `-X'"],
    ["-L -p foo", "`foo' unsupported protocol"],
    ["-L -f foo", "`foo' unsupported protocol"],
    ["-L -p tcp --state BOGUS", "unknown TCP state `BOGUS'"],
    ["-L -p tcp --state established", "unknown TCP state `established'"],
    ["-L -s", "option `-s' requires an argument"],
    ["-L --mark", "option `--mark' requires an argument"],
    ["-L -p tcp --sport", "option `--sport' requires an argument"],
    ["-L -d abc", "Invalid IP address `abc'"],
    ["-L -s 1.1.1.300", "Invalid IP address `1.1.1.300'"],
    ["-L -s 1.1.1.1/33", "Invalid netmask"],
    ["-L -s 1.1.1.1 -d ::1", "mismatched address family"],
    ["-L -o bogus", "Bad parameter `bogus'"],
    ["-L -o extended,bogus", "Bad parameter `bogus'"],
    ["-L -L", "Invalid commands combination"],
    ["-L -F", "Invalid commands combination"],
    ["-C extra", "unknown type `extra'"],
    ["-F extra", "unknown type `extra'"],
    ["-F -p tcp", "Illegal option `--protonum' with this command"],
    ["-F -s 1.1.1.1", "Illegal option `--src' with this command"],
    ["-F -o extended", "Illegal option `--output' with this command"],
    ["-C -n", "Illegal option `--src-nat' with this command"],
    ["-C -q 1.1.1.1", "Illegal option `--reply-dst' with this command"],
    ["-F -w 5", "Illegal option `--zone' with this command"],
    ["-F --orig-zone 5", "Illegal option `--orig-zone' with this command"],
    ["-C --reply-zone 5", "Illegal option `--reply-zone' with this command"],
    ["-L -w", "option `-w' requires an argument"],
  ])("conntrack %s", (options, message) => {
    expect(run(recordedHost(), `conntrack ${options}`)).toEqual({
      out: "",
      err: `conntrack v1.4.7 (conntrack-tools): ${message}\n${TRY}`,
      status: 2,
    });
  });

  it("prints its help with no command, and its version with -V", () => {
    const help = run(host(), "conntrack");
    expect(help.out).toMatch(
      /^Command line interface for the connection tracking system\. Version 1\.4\.7\n/,
    );
    expect(help.status).toBe(0);
    expect(run(host(), "conntrack -V").out).toBe("conntrack v1.4.7 (conntrack-tools)\n");
    expect(run(host(), "conntrack -L expect").err).toBe(
      "conntrack v1.4.7 (conntrack-tools): 0 expectations have been shown.\n",
    );
  });
});
