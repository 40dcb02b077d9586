import fc from "fast-check";

/**
 * Random iptables rule specifications (the words after `-A CHAIN`) over every match and target the
 * engine models: mostly valid, with values near the edges (port 0 and 65535, /0 and /32 masks, empty
 * comments) and some the parser must refuse. The save-and-parse-back properties use them.
 */

type Words = fc.Arbitrary<string[]>;

const bang = fc.constantFrom("", "! ");
/** An option, possibly inverted, as separate argv words. */
const opt = (name: string, value: fc.Arbitrary<string>, invertible = true): Words =>
  fc.tuple(invertible ? bang : fc.constant(""), value).map(([not, v]) => [...(not ? ["!"] : []), name, v]);

const port = fc.oneof(
  fc.integer({ min: 0, max: 65535 }).map(String),
  fc.constantFrom("http", "ssh", "domain", "https"),
);
const portRange = fc.oneof(
  port,
  fc.tuple(port, port).map(([a, b]) => (Number(a) > Number(b) ? `${b}:${a}` : `${a}:${b}`)),
  port.map((p) => `:${p}`),
  port.map((p) => `${p}:`),
);
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const hex = u32.map((n) => `0x${n.toString(16)}`);
const markValue = fc.oneof(
  hex,
  u32.map(String),
  fc.tuple(hex, hex).map(([v, m]) => `${v}/${m}`),
);
const address = fc.oneof(
  fc.ipV4(),
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([a, len]) => `${a}/${len}`),
  fc.tuple(fc.ipV4(), fc.ipV4()).map(([a, mask]) => `${a}/${mask}`),
);
const iface = fc.constantFrom("eth0", "eth+", "docker0", "br-0123456789ab", "lo", "veth1a2b3c", "+", "wg0");
const words = (list: readonly string[], max = 3) =>
  fc.uniqueArray(fc.constantFrom(...list), { minLength: 1, maxLength: max }).map((w) => w.join(","));
/**
 * Printable text. Not starting with "-": -S prints `--comment -t` unquoted and iptables-restore then
 * refuses it as a -t option, in the real tool too.
 */
const comment = fc.string({ unit: "grapheme-ascii", maxLength: 40 }).filter((c) => !c.startsWith("-"));

const TCP_FLAGS = ["SYN", "ACK", "FIN", "RST", "URG", "PSH", "ALL", "NONE"];
const CT_STATES = ["NEW", "ESTABLISHED", "RELATED", "INVALID", "UNTRACKED", "SNAT", "DNAT"];
const CT_STATUS = ["NONE", "EXPECTED", "SEEN_REPLY", "ASSURED", "CONFIRMED"];
const STATES = ["NEW", "ESTABLISHED", "RELATED", "INVALID", "UNTRACKED"];
const ADDR_TYPES = ["UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST", "BLACKHOLE"];
const ICMP_TYPES = ["echo-request", "echo-reply", "any", "port-unreachable", "3/4", "8", "0/0", "11/1"];

/** Matches that need `-p tcp` or `-p udp` before them. */
const portMatches = (proto: "tcp" | "udp"): Words =>
  fc.oneof(
    opt("--sport", portRange),
    opt("--dport", portRange),
    ...(proto === "tcp"
      ? [
          bang.map((not) => [...(not ? ["!"] : []), "--syn"]),
          fc
            .tuple(bang, words(TCP_FLAGS, 4), words(TCP_FLAGS, 4))
            // A mask of NONE is not printed by -S whatever the flags (tcp_save), in the real tool too.
            .filter(([, mask, comp]) => mask !== "NONE" || comp === "NONE")
            .map(([not, mask, comp]) => [...(not ? ["!"] : []), "--tcp-flags", mask, comp]),
          opt("--tcp-option", fc.integer({ min: 0, max: 255 }).map(String)),
        ]
      : []),
  );

const multiport = fc
  .tuple(
    fc.constantFrom("--sports", "--dports", "--ports"),
    bang,
    fc.array(
      fc.oneof(
        port,
        fc.tuple(port, port).map(([a, b]) => `${a}:${b}`),
      ),
      { minLength: 1, maxLength: 7 },
    ),
  )
  .map(([name, not, ports]) => ["-m", "multiport", ...(not ? ["!"] : []), name, ports.join(",")]);

/** Protocol-independent matches, each with its `-m NAME`. */
const anyMatch: Words = fc.oneof(
  fc
    .tuple(fc.constantFrom("--src-range", "--dst-range"), bang, fc.ipV4(), fc.ipV4())
    .map(([name, not, a, b]) => ["-m", "iprange", ...(not ? ["!"] : []), name, `${a}-${b}`]),
  fc
    .tuple(opt("--src-type", words(ADDR_TYPES)), fc.constantFrom([], ["--limit-iface-in"]))
    .map(([type, limit]) => ["-m", "addrtype", ...type, ...limit]),
  opt("--dst-type", words(ADDR_TYPES)).map((w) => ["-m", "addrtype", ...w]),
  fc
    .oneof(
      fc.integer({ min: 0, max: 1000 }).map((n) => ["--mode", "random", "--probability", String(n / 1000)]),
      fc
        .integer({ min: 1, max: 100 })
        .chain((every) =>
          fc
            .integer({ min: 0, max: every - 1 })
            .map((packet) => ["--mode", "nth", "--every", String(every), "--packet", String(packet)]),
        ),
    )
    .map((w) => ["-m", "statistic", ...w]),
  comment.map((c) => ["-m", "comment", "--comment", c]),
  fc
    .oneof(
      opt("--ctstate", words(CT_STATES)),
      opt("--ctproto", fc.constantFrom("tcp", "udp", "icmp", "47")),
      opt("--ctorigsrc", address),
      opt("--ctrepldst", address),
      opt(
        "--ctorigdstport",
        portRange.filter((p) => !/[a-z]/.test(p)),
      ),
      opt("--ctstatus", words(CT_STATUS)),
      opt(
        "--ctexpire",
        fc.tuple(u32, u32).map(([a, b]) => `${Math.min(a, b)}:${Math.max(a, b)}`),
      ),
      fc.constantFrom(["--ctdir", "ORIGINAL"], ["--ctdir", "REPLY"]),
    )
    .map((w) => ["-m", "conntrack", ...w]),
  opt("--state", words(STATES)).map((w) => ["-m", "state", ...w]),
  opt("--mark", markValue).map((w) => ["-m", "mark", ...w]),
  opt("--mark", markValue).map((w) => ["-m", "connmark", ...w]),
);

const natPorts = fc.oneof(
  port.filter((p) => /^\d/.test(p)),
  fc
    .tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }))
    .map(([a, b]) => `${a}-${b}`),
);
const natFlags = fc.subarray(["--random", "--persistent"]);

const target: Words = fc.oneof(
  fc.constantFrom<string[]>(
    [],
    ["-j", "ACCEPT"],
    ["-j", "DROP"],
    ["-j", "RETURN"],
    ["-j", "U1"],
    ["-g", "U1"],
  ),
  fc.constantFrom<string[]>(
    ["-j", "TRACE"],
    ["-j", "NOTRACK"],
    ["-j", "CT", "--notrack"],
    ["-j", "CONNMARK", "--save-mark"],
  ),
  fc
    .tuple(fc.constantFrom("", "debug", "info", "7", "crit"), comment)
    .map(([level, prefix]) => [
      "-j",
      "LOG",
      ...(level ? ["--log-level", level] : []),
      "--log-prefix",
      prefix,
    ]),
  fc
    .constantFrom("icmp-port-unreachable", "icmp-host-prohibited", "icmp-admin-prohibited", "tcp-reset")
    .map((w) => ["-j", "REJECT", "--reject-with", w]),
  fc
    .tuple(fc.constantFrom("--set-mark", "--set-xmark"), markValue)
    .map(([name, v]) => ["-j", "MARK", name, v]),
  fc
    .tuple(fc.constantFrom("--or-mark", "--and-mark", "--xor-mark"), hex)
    .map(([name, v]) => ["-j", "MARK", name, v]),
  fc
    .constantFrom("--set-mark", "--restore-mark")
    .chain((name): Words =>
      name === "--set-mark"
        ? markValue.map((v) => ["-j", "CONNMARK", name, v])
        : fc.constant(["-j", "CONNMARK", name, "--mask", "0xff"]),
    ),
  fc.tuple(fc.ipV4(), natFlags).map(([a, flags]) => ["-j", "SNAT", "--to-source", a, ...flags]),
  fc.tuple(fc.ipV4(), natFlags).map(([a, flags]) => ["-j", "DNAT", "--to-destination", a, ...flags]),
  fc.constantFrom<string[]>(["-j", "MASQUERADE"], ["-j", "MASQUERADE", "--random-fully"]),
);

/** Ports in NAT targets need -p tcp or udp: only offered after one. */
const portTarget: Words = fc.oneof(
  natPorts.map((p) => ["-j", "MASQUERADE", "--to-ports", p]),
  natPorts.map((p) => ["-j", "REDIRECT", "--to-ports", p]),
  fc
    .tuple(
      fc.ipV4(),
      port.filter((p) => /^\d/.test(p)),
    )
    .map(([a, p]) => ["-j", "DNAT", "--to-destination", `${a}:${p}`]),
);

const fixed: Words = fc
  .tuple(
    fc.option(opt("-s", address), { nil: undefined }),
    fc.option(opt("-d", address), { nil: undefined }),
    fc.option(opt("-i", iface), { nil: undefined }),
    fc.option(opt("-o", iface), { nil: undefined }),
    fc.constantFrom<string[]>([], ["-f"], ["!", "-f"]),
  )
  .map(([s, d, i, o, f]) => [...(s ?? []), ...(d ?? []), ...(i ?? []), ...(o ?? []), ...f]);

const protocolPart: Words = fc.oneof(
  fc.constant<string[]>([]),
  fc
    .constantFrom("tcp" as const, "udp" as const)
    .chain((proto) =>
      fc
        .tuple(fc.array(portMatches(proto), { maxLength: 2 }), fc.option(multiport, { nil: undefined }))
        .map(([ms, mp]) => ["-p", proto, ...ms.flat(), ...(mp ?? [])]),
    ),
  opt("--icmp-type", fc.constantFrom(...ICMP_TYPES)).map((w) => ["-p", "icmp", ...w]),
  opt("-p", fc.constantFrom("all", "gre", "47", "esp", "0", "132")),
);

/** The words of a rule for a chain: fixed fields, a protocol with its matches, other matches, a target. */
export const ruleWords: Words = fc
  .tuple(fixed, protocolPart, fc.array(anyMatch, { maxLength: 3 }), target, portTarget)
  .map(([f, p, ms, t, pt]) => {
    const hasPortProto = p[0] === "-p" && (p[1] === "tcp" || p[1] === "udp");
    return [...f, ...p, ...ms.flat(), ...(hasPortProto && t.length === 0 ? pt : t)];
  });
