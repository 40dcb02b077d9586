import fc from "fast-check";
import { commands } from "../shell";
import { ruleWords } from "./rule-args";

/**
 * Random command lines as a curious user types them: every command the playground knows (and some
 * it does not) with words taken from what those commands take (options, names, addresses, numbers),
 * shell syntax (pipes, lists, redirections, quotes, expansions, heredocs) and raw text.
 */

const NAMES = [
  ...commands.keys(),
  "nosuch",
  "ip netns exec router",
  "ip netns exec nosuch",
  "docker exec web",
];

const OPTIONS = [
  ...["-A", "-D", "-I", "-R", "-L", "-S", "-F", "-Z", "-N", "-X", "-E", "-P", "-C", "-t", "-n", "-v", "-x"],
  ...["-j", "-g", "-m", "-p", "-s", "-d", "-i", "-o", "-c", "-w", "-h", "--help", "--line-numbers", "!"],
  ...["-4", "-6", "-n", "-br", "-j", "-s", "-d", "-e", "-f", "-q", "-l", "-u", "-z", "-k", "-c", "-W", "-I"],
  ...["--dport", "--sport", "--to-ports", "--name", "--network", "-p", "-e", "--rm", "-it", "--format", "-a"],
  ...["-X", "-o", "-O", "-w", "-m", "-L", "-E", "-D", "-G", "-U", "--src", "-r", "-i", "-T", "-T", "-A"],
];

const WORDS = [
  ...["INPUT", "FORWARD", "OUTPUT", "PREROUTING", "POSTROUTING", "DOCKER", "DOCKER-USER", "U1", "nat", "raw"],
  ...["filter", "mangle", "security", "ACCEPT", "DROP", "RETURN", "MASQUERADE", "DNAT", "LOG", "tcp", "udp"],
  ...[
    "icmp",
    "all",
    "eth0",
    "lo",
    "docker0",
    "br-lan",
    "veth0",
    "wan",
    "link",
    "addr",
    "route",
    "netns",
    "neigh",
  ],
  ...["add", "del", "show", "list", "set", "up", "down", "dev", "via", "default", "type", "veth", "bridge"],
  ...[
    "peer",
    "name",
    "master",
    "table",
    "local",
    "unreachable",
    "exec",
    "router",
    "laptop",
    "host",
    "internet",
  ],
  ...[
    "run",
    "ps",
    "rm",
    "stop",
    "start",
    "network",
    "create",
    "inspect",
    "port",
    "compose",
    "nginx",
    "alpine",
  ],
  ...[
    "web",
    "bridge",
    "-d",
    "8080:80",
    "80",
    "443",
    "53",
    "0",
    "1",
    "-1",
    "65536",
    "4294967296",
    "99999999999",
  ],
  ...[
    "10.0.0.1",
    "192.168.31.1",
    "198.18.5.130",
    "203.0.113.1",
    "172.17.0.2",
    "0.0.0.0/0",
    "1.2.3.4/33",
    "::1",
  ],
  ...["http://198.18.5.130/", "http://example.com:99999/", "localhost", "net.ipv4.ip_forward=1", "-L", "-E"],
  ...["NEW,ESTABLISHED", "conntrack", "comment", "/etc/hosts", "/tmp/x", "rules.v4", "-", "--", "''", '""'],
];

const SYNTAX = [
  "|",
  "||",
  "&&",
  ";",
  "&",
  ">",
  ">>",
  "<",
  "2>&1",
  "2>",
  "<<EOF",
  "$?",
  "$X",
  "X=1",
  "$(",
  ")",
];
const RAW = ["'", '"', "\\", "`", "#", "*", "?", "[", "{", "}", "~", "\t", "$((1+1))", "${X:-y}", "!!"];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...OPTIONS) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 70000 }).map(String) },
);

/** One line: a command name, then words; sometimes an iptables rule spec in the middle. */
export const commandLine: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...NAMES), fc.array(word, { maxLength: 8 }))
      .map(([name, words]) => [name, ...words].join(" ")),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom("-A", "-I", "-D", "-C", "-R"),
        fc.constantFrom("INPUT", "FORWARD", "U1"),
        ruleWords,
      )
      .map(([op, chain, words]) => ["iptables", op, chain, ...words.map(shellQuote)].join(" ")),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** Quotes a word for the shell when it needs it, so that rule specs reach iptables word for word. */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./!-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
