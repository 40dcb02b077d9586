/**
 * Random iptables scripts for differential runs against the real tool: a mix of valid and invalid
 * rules over every table, the extension modules, jumps, listings and chain commands, so that
 * whatever the engine prints differently shows up. Deterministic for a seed.
 */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[next(items.length)]! };
}

const CHAINS: Readonly<Record<string, readonly string[]>> = {
  filter: ["INPUT", "FORWARD", "OUTPUT", "U1"],
  nat: ["PREROUTING", "POSTROUTING", "OUTPUT", "INPUT", "N1"],
  mangle: ["PREROUTING", "FORWARD", "POSTROUTING", "M1"],
  raw: ["PREROUTING", "OUTPUT", "R1"],
};
const ADDRESSES = ["10.0.0.1", "10.0.0.0/8", "192.168.1.7/24", "0.0.0.0/0", "10.1", "172.16.0.0/255.240.0.0"];
const BAD_ADDRESSES = ["1.1.1.1,2.2.2.2", "bogus", "10.0.0.0/33", "300.1.1.1"];

type Pick = ReturnType<typeof generator>["pick"];

const MATCHES: readonly ((p: Pick) => string)[] = [
  (p) => `-p tcp --dport ${p(["22", "80:90", "http", ":1024", "1024:", "70000", "22,80"])}`,
  (p) => `-p tcp ${p(["!", ""])} --sport ${p(["1024:65535", "ssh"])}`,
  (p) => `-p udp --sport ${p(["53", "1000:2000", "domain", "65536"])}`,
  (p) => `-p icmp --icmp-type ${p(["echo-request", "8", "3/4", "any", "bogus", "port-unreachable"])}`,
  (p) => `-p tcp ${p(["--syn", "! --syn", "--tcp-flags SYN,ACK SYN", "--tcp-flags ALL NONE"])}`,
  (p) => `-m conntrack --ctstate ${p(["NEW", "ESTABLISHED,RELATED", "INVALID", "DNAT", "BOGUS"])}`,
  (p) =>
    `-m conntrack ${p(["--ctorigdst 10.0.0.1", "--ctstatus ASSURED", "--ctdir REPLY", "--ctproto tcp"])}`,
  (p) => `-m state --state ${p(["NEW", "RELATED,ESTABLISHED", "bogus"])}`,
  (p) => `-m comment --comment ${p(["hello", '"two words"', "x:y", '""'])}`,
  (p) => `-m mark ${p(["", "! "])}--mark ${p(["0x1", "1/0xff", "bogus"])}`,
  (p) => `-m connmark --mark ${p(["7", "0x10/0xf0"])}`,
  (p) => `-p tcp -m multiport --${p(["dports", "sports", "ports"])} ${p(["80,443", "1:100,200", "a,b"])}`,
  (p) => `-m iprange --${p(["src", "dst"])}-range ${p(["10.0.0.1-10.0.0.9", "1.1.1.1", "9.9.9.9-1.1.1.1"])}`,
  (p) => `-m addrtype --${p(["src", "dst"])}-type ${p(["LOCAL", "UNICAST,LOCAL", "bogus"])}`,
  (p) =>
    `-m statistic --mode ${p(["random --probability 0.5", "random --probability 1.5", "nth --every 3 --packet 1"])}`,
  (p) => `${p(["", "! "])}-s ${p(ADDRESSES)}`,
  (p) => `${p(["", "! "])}-d ${p([...ADDRESSES, ...BAD_ADDRESSES])}`,
  (p) => `${p(["", "! "])}-i ${p(["eth0", "eth+", "docker0", "lo"])}`,
  (p) => `-o ${p(["eth0", "br-1234"])}`,
  (p) => `${p(["", "! "])}-p ${p(["tcp", "udp", "icmp", "all", "47", "sctp"])}`,
  () => "-f",
];

const TARGETS = [
  "-j ACCEPT",
  "-j DROP",
  "-j RETURN",
  "-j U1",
  "-g U1",
  "-j N1",
  "-j NOSUCH",
  "",
  '-j LOG --log-prefix "x: " --log-level debug',
  "-j REJECT",
  "-j REJECT --reject-with tcp-reset",
  "-j MASQUERADE --to-ports 1024-2000",
  "-j SNAT --to-source 1.2.3.4",
  "-j DNAT --to-destination 10.0.0.2:80",
  "-j REDIRECT --to-ports 8080",
  "-j MARK --set-mark 1",
  "-j CONNMARK --save-mark",
  "-j NOTRACK",
  "-j CT --notrack",
  "-j TRACE",
];

/** One random script: chains to jump to, then `length` rule or chain commands, then full listings. */
export function randomIptablesScript(seed: number, length = 30): string {
  const { next, pick } = generator(seed);
  const lines = [
    "iptables -N U1",
    "iptables -t nat -N N1",
    "iptables -t mangle -N M1",
    "iptables -t raw -N R1",
  ];
  for (let i = 0; i < length; i++) {
    const table = pick(["filter", "filter", "filter", "nat", "mangle", "raw"]);
    const chain = pick(CHAINS[table]!);
    const number = 1 + next(3);
    const t = `iptables -t ${table}`;
    if (next(5) === 0) {
      lines.push(
        pick([
          `${t} -S`,
          `${t} -S ${chain} ${number}`,
          `${t} -L -n -v`,
          `${t} -L ${chain} ${number} -n -v`,
          `${t} -L`,
          `${t} -L -n --line-numbers -x -v`,
          `${t} -S -v`,
          `${t} -F ${chain}`,
          `${t} -D ${chain} ${number}`,
          `${t} -P ${chain} ${pick(["DROP", "ACCEPT", "RETURN"])}`,
          `${t} -N ${pick(["V1", "W2", "U1"])}`,
          `${t} -X ${pick(["V1", "W2", "U1", chain])}`,
          `${t} -X`,
          `${t} -E ${pick(["U1", "N1", "X9"])} ${pick(["V1", "U1", "INPUT"])}`,
          `${t} -v -A ${chain} -s 1.1.1.1,2.2.2.2 -j ACCEPT`,
          `iptables-save -t ${table}`,
        ]),
      );
      continue;
    }
    const command = pick(["-A", "-A", "-A", "-I", "-D", "-C", "-R"]);
    const at = command === "-R" || (command === "-I" && next(2)) ? ` ${number}` : "";
    const matches = Array.from({ length: next(3) }, () => pick(MATCHES)(pick));
    lines.push(
      `${t} ${command} ${chain}${at} ${matches.join(" ")} ${pick(TARGETS)}`.replace(/ +/g, " ").trim(),
    );
  }
  lines.push("iptables-save -c", "iptables -L -n -v", "iptables -t nat -L -n -v --line-numbers");
  return `${lines.join("\n")}\n`;
}
