/**
 * Random cases over the bare world: a few rules in one namespace (every table, base and user chains,
 * the matches and targets the engine models, sometimes a DROP policy), then traffic that crosses it
 * (ping, nc over TCP and UDP, curl between the host, the laptop, the router and the internet), then
 * the listings with counters and the conntrack tables, then the lines that put the rules back as
 * the bare world has them. Every rule is one the kernel accepts, so that what is compared is what
 * the packets did. Deterministic for a seed.
 */
import { picker, type Picker } from "./pick";

/** One random case: its seed and its command lines. */
export interface RandomCase {
  readonly seed: number;
  readonly lines: readonly string[];
}

type Ruled = "host" | "router" | "laptop";
type Table = "filter" | "nat" | "mangle" | "raw";
const RULED: readonly Ruled[] = ["host", "router", "laptop"];
const TABLES: readonly Table[] = ["filter", "nat", "mangle", "raw"];

const CHAINS: Readonly<Record<Table, readonly string[]>> = {
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  raw: ["PREROUTING", "OUTPUT"],
};
/** Hooks where a packet has an input device (-i) and where it has an output device (-o). */
const HAS_IN = new Set(["PREROUTING", "INPUT", "FORWARD"]);
const HAS_OUT = new Set(["FORWARD", "OUTPUT", "POSTROUTING"]);

const DEVICES: Readonly<Record<Ruled, readonly string[]>> = {
  host: ["eth0", "lo", "eth+"],
  router: ["br-lan", "wan", "lo", "br+"],
  laptop: ["eth0", "lo"],
};
/** Addresses each namespace owns: SNAT to one of them gets its replies back. */
const OWN: Readonly<Record<Ruled, readonly string[]>> = {
  host: ["192.168.31.228"],
  router: ["203.0.113.2", "192.168.31.1"],
  laptop: ["192.168.31.50"],
};
/** Addresses that exist in the world (the engine does not model ARP, so no DNAT to nowhere). */
const DNAT_TO = ["198.18.5.130", "192.168.31.228", "192.168.31.50", "192.168.31.1", "203.0.113.1"];
const ADDRESSES = [
  "192.168.31.228",
  "192.168.31.50",
  "192.168.31.1",
  "203.0.113.2",
  "198.18.5.130",
  "192.168.31.0/24",
  "198.18.0.0/15",
  "127.0.0.1",
];
const PORTS = ["22", "53", "80", "443", "8080"];

function protocol(p: Picker): { text: string; proto?: "tcp" | "udp" | "icmp" } {
  switch (p.below(5)) {
    case 0: {
      const more = p.pick([
        "",
        `--dport ${p.pick(PORTS)}`,
        `--sport ${p.pick(PORTS)}`,
        `! --dport ${p.pick(PORTS)}`,
        "--syn",
        "--tcp-flags SYN,ACK SYN,ACK",
        "-m multiport --dports 22,80,443",
        "--dport 1024:65535",
      ]);
      return { text: `-p tcp ${more}`.trim(), proto: "tcp" };
    }
    case 1: {
      const more = p.pick(["", "--dport 53", "--sport 53", "-m multiport --ports 53,8080"]);
      return { text: `-p udp ${more}`.trim(), proto: "udp" };
    }
    case 2: {
      const type = p.pick([
        "",
        "--icmp-type echo-request",
        "--icmp-type echo-reply",
        "--icmp-type 3",
        "! --icmp-type 8",
      ]);
      return { text: `-p icmp ${type}`.trim(), proto: "icmp" };
    }
    default:
      return { text: "" };
  }
}

function otherMatch(p: Picker, ns: Ruled, chain: string | undefined): string {
  const not = () => (p.chance(0.2) ? "! " : "");
  const choices: (() => string)[] = [
    () => `${not()}-s ${p.pick(ADDRESSES)}`,
    () => `${not()}-d ${p.pick(ADDRESSES)}`,
    () =>
      `-m conntrack --ctstate ${p.pick(["NEW", "ESTABLISHED", "RELATED,ESTABLISHED", "INVALID", "DNAT", "SNAT", "UNTRACKED"])}`,
    () =>
      `-m conntrack ${p.pick(["--ctorigdst 198.18.5.130", "--ctdir REPLY", "--ctdir ORIGINAL", "--ctproto udp", "--ctstatus ASSURED"])}`,
    () => `-m state --state ${p.pick(["NEW", "ESTABLISHED", "RELATED,ESTABLISHED"])}`,
    () => `-m mark ${not()}--mark 0x${p.pick(["1", "2"])}`,
    () => `-m connmark --mark 0x${p.pick(["1", "2"])}`,
    () =>
      `-m iprange ${p.pick(["--src-range 192.168.31.1-192.168.31.100", "--dst-range 198.18.0.1-198.18.255.254"])}`,
    () =>
      `-m addrtype ${p.pick(["--dst-type LOCAL", "--src-type LOCAL", "--dst-type UNICAST", "! --dst-type LOCAL"])}`,
    () => `-m comment --comment "rule ${p.below(100)}"`,
    () => `-m statistic --mode nth --every ${p.pick(["2", "3"])} --packet ${p.pick(["0", "1"])}`,
  ];
  if (chain && HAS_IN.has(chain)) choices.push(() => `${not()}-i ${p.pick(DEVICES[ns])}`);
  if (chain && HAS_OUT.has(chain)) choices.push(() => `${not()}-o ${p.pick(DEVICES[ns])}`);
  return p.pick(choices)();
}

const REJECTS = [
  "-j REJECT",
  "-j REJECT --reject-with icmp-host-prohibited",
  "-j REJECT --reject-with icmp-net-unreachable",
  "-j REJECT --reject-with icmp-port-unreachable",
  "-j REJECT --reject-with icmp-admin-prohibited",
  "-j REJECT --reject-with icmp-host-unreachable",
];

/** A target the kernel accepts for this table and chain (undefined: a user chain of the table). */
function target(p: Picker, ns: Ruled, table: Table, chain: string | undefined, proto?: string): string {
  const ported = proto === "tcp" || proto === "udp";
  const common = ["", "-j ACCEPT", "-j RETURN", `-j LOG --log-prefix "np${p.below(10)}: "`];
  const jumps = chain ? [p.pick(["-j U", "-g U"])] : [];
  switch (table) {
    case "filter":
      return p.pick([
        ...common,
        ...jumps,
        "-j DROP",
        "-j DROP",
        p.pick(REJECTS),
        ...(proto === "tcp" ? ["-j REJECT --reject-with tcp-reset"] : []),
      ]);
    case "mangle":
      return p.pick([
        ...common,
        ...jumps,
        "-j DROP",
        `-j MARK --set-mark 0x${p.pick(["1", "2"])}`,
        "-j MARK --set-xmark 0x1/0x3",
        "-j CONNMARK --save-mark",
        "-j CONNMARK --restore-mark",
        `-j CONNMARK --set-mark 0x${p.pick(["1", "2"])}`,
      ]);
    case "raw":
      return p.pick([...common, ...jumps, "-j DROP", "-j NOTRACK", "-j CT --notrack"]);
    case "nat": {
      const nat: string[] = [...common.filter((t) => !t.startsWith("-j LOG")), ...jumps];
      if (chain === "PREROUTING" || chain === "OUTPUT") {
        const to = p.pick(DNAT_TO);
        nat.push(`-j DNAT --to-destination ${to}${ported ? `:${p.pick(["80", "53", "443"])}` : ""}`);
        nat.push(ported ? `-j REDIRECT --to-ports ${p.pick(["22", "53", "80"])}` : "-j REDIRECT");
      }
      if (chain === "POSTROUTING" || chain === "INPUT") {
        const to = p.pick(OWN[ns]);
        const ports = ported && p.chance(0.5) ? `:${p.pick(["1000-2000", "40000", "80"])}` : "";
        nat.push(`-j SNAT --to-source ${to}${ports}${p.chance(0.3) ? " --random" : ""}`);
      }
      if (chain === "POSTROUTING") {
        const ports = ported && p.chance(0.5) ? ` --to-ports ${p.pick(["1024-2000", "50000"])}` : "";
        nat.push(`-j MASQUERADE${ports}${p.chance(0.3) ? " --random" : ""}`);
      }
      return p.pick(nat);
    }
  }
}

function rule(p: Picker, ns: Ruled, table: Table, chain: string | undefined): string {
  const proto = protocol(p);
  const others = Array.from({ length: p.below(3) }, () => otherMatch(p, ns, chain));
  // iptables takes each of -s, -d, -i and -o once per rule.
  const option = (match: string) => /^(?:! )?(-[sdio]) /.exec(match)?.[1] ?? match;
  const matches = [
    proto.text,
    ...others.filter((m, i) => others.findIndex((o) => option(o) === option(m)) === i),
  ];
  return [...matches, target(p, ns, table, chain, proto.proto)].filter(Boolean).join(" ");
}

interface Source {
  readonly netns: "host" | "router" | "laptop" | "internet";
  readonly to: readonly string[];
}
const SOURCES: readonly Source[] = [
  {
    netns: "host",
    to: ["192.168.31.50", "192.168.31.1", "198.18.5.130", "203.0.113.1", "192.0.2.10", "127.0.0.1"],
  },
  { netns: "laptop", to: ["192.168.31.228", "192.168.31.1", "198.18.5.130", "203.0.113.2"] },
  { netns: "router", to: ["192.168.31.228", "192.168.31.50", "198.18.5.130", "127.0.0.1"] },
  { netns: "internet", to: ["203.0.113.2", "192.168.31.228"] },
];

const prefix = (netns: string): string => (netns === "host" ? "" : `ip netns exec ${netns} `);

/** One command that sends packets, and the namespace it sends them from. */
interface Send {
  readonly netns: Source["netns"];
  readonly line: string;
  /** Whether it opens TCP connections. */
  readonly tcp: boolean;
}

/**
 * A client namespace's SYNs: the kernel sends them again after 1, 2, 3… s (tcp_syn_linear_timeouts),
 * so a client's own timeout always lands on a retransmission, and which comes first depends on how
 * soon the client runs. With tcp_syn_retries at 1 the kernel gives up after 3 s on its own timer,
 * 2 s before nc -w 5 and curl -m 5 would: three SYNs, however busy the machine.
 */
const SYN_RETRIES = "net.ipv4.tcp_syn_retries=1";

/**
 * One command that sends packets, more often from the namespace with the rules (every source's
 * traffic to the internet crosses the router).
 */
function traffic(p: Picker, ns: Ruled): Send {
  const own = SOURCES.find((s) => s.netns === ns)!;
  const source = ns !== "router" && p.chance(0.6) ? own : p.pick(SOURCES);
  const to = p.pick(source.to);
  const command = p.pick([
    `ping -c 1 -W 1 ${to}`,
    `nc -zv -w 5 ${to} ${p.pick(["22", "80", "443", "8080"])}`,
    `curl -sS -m 5 -o /dev/null -w '%{http_code}\\n' http://${to}${p.pick(["", ":443", ":8080"])}/`,
    // -W 1: nc ends as the echo comes back; -w 1 still ends a probe that nothing answers.
    `echo q | ${prefix(source.netns)}nc -u -w 1 -W 1 ${to} ${p.pick(["53", "53", "5353"])}`,
  ]);
  const line = command.startsWith("echo") ? command : `${prefix(source.netns)}${command}`;
  return { netns: source.netns, line, tcp: /^(nc -zv|curl)/.test(command) };
}

export function randomCase(seed: number): RandomCase {
  const p = picker(seed);
  const ns = p.pick<Ruled>(["host", "host", "router", "router", "laptop"]);
  const iptables = `${prefix(ns)}iptables`;
  const lines: string[] = [];
  const tables = new Set<Table>();
  const userChains = new Set<Table>();
  const policies: string[] = [];
  const rules = 1 + p.below(4);
  for (let i = 0; i < rules; i++) {
    const table = p.pick<Table>(["filter", "filter", "filter", "nat", "nat", "mangle", "raw"]);
    tables.add(table);
    const inUser = userChains.has(table) && p.chance(0.4);
    const chain = inUser ? undefined : p.pick(CHAINS[table]);
    const command = p.chance(0.8) ? "-A" : "-I";
    const text = rule(p, ns, table, chain);
    if (/-[jg] U$/.test(text) && !userChains.has(table)) {
      userChains.add(table);
      lines.push(
        `${iptables} -t ${table} -N U`,
        `${iptables} -t ${table} -A U ${rule(p, ns, table, undefined)}`,
      );
    }
    lines.push(`${iptables} -t ${table} ${command} ${chain ?? "U"} ${text}`.trimEnd());
  }
  if (p.chance(0.15)) {
    const chain = p.pick(CHAINS.filter);
    tables.add("filter");
    policies.push(chain);
    lines.push(`${iptables} -P ${chain} DROP`);
  }
  const sends = 1 + p.below(3);
  const connecting = new Set<string>();
  for (let i = 0; i < sends; i++) {
    const send = traffic(p, ns);
    if (send.tcp && !connecting.has(send.netns)) {
      connecting.add(send.netns);
      lines.push(`${prefix(send.netns)}sysctl -qw ${SYN_RETRIES}`);
    }
    lines.push(send.line);
  }
  lines.push(`${iptables}-save -c`);
  lines.push(`${iptables} -t ${[...tables][0]!} -L -n -v -x`);
  lines.push(`${prefix(ns)}conntrack -L`);
  if (ns !== "router") lines.push("ip netns exec router conntrack -L");
  lines.push(...reset(iptables, ns, tables, userChains, policies));
  return { seed, lines };
}

/**
 * The lines that put `ns`'s rules, and every ruled namespace's counters and `ns`'s and the router's
 * conntrack tables, back as the bare world has them. Zeroing every namespace keeps a case's listings
 * to its own packets: a stray one (lab timing) is then reported once, not in every later case that
 * lists the namespace it was counted in. (-Z of a table that does not exist is a no-op, on both
 * sides.) Only the router and `ns` can hold connections: the kernel tracks them in a namespace only
 * while a rule there needs it (the router's MASQUERADE).
 */
function reset(
  iptables: string,
  ns: Ruled,
  tables: ReadonlySet<Table>,
  userChains: ReadonlySet<Table>,
  policies: readonly string[],
): string[] {
  const lines = [...tables].map((table) => `${iptables} -t ${table} -F`);
  for (const table of userChains) lines.push(`${iptables} -t ${table} -X`);
  for (const chain of policies) lines.push(`${iptables} -P ${chain} ACCEPT`);
  if (ns === "router" && tables.has("nat"))
    lines.push(`${iptables} -t nat -A POSTROUTING -o wan -j MASQUERADE`);
  for (const netns of RULED)
    for (const table of TABLES) lines.push(`${prefix(netns)}iptables -t ${table} -Z`);
  for (const netns of new Set([ns, "router"])) lines.push(`${prefix(netns)}conntrack -F`);
  return lines;
}
