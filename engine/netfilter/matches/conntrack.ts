import { formatAddr, maskLength } from "../../iptables/address";
import { parameterProblem } from "../../iptables/errors";
import { addressName } from "../../iptables/hosts";
import { parseProtocol } from "../../iptables/protocol";
import type { MatchModule } from "../extension";
import type { AddrMask } from "../rule";
import { conntrackFailure, conntrackWhy } from "./conntrack-mt";
import { CTSTATE_WORDS, CTSTATUS_WORDS, parseWords, stateNames, statusNames } from "./ct-words";
import { parseHostMask } from "./xtopt-host";
import { parseXtoptPortRange } from "./xtopt-port";
import { parseUint32Range, type Range } from "./xtopt-uint32-range";

/** One test of the match, negated by a `!` before its option. */
export interface Test<T> {
  readonly value: T;
  readonly invert: boolean;
}

/** libxt_conntrack revision 3 (xt_conntrack_mtinfo3): each test present only when its option was given. */
export interface ConntrackMatch {
  /** CT_STATE bits. */
  state?: Test<number>;
  /** Layer-4 protocol number of the original tuple. */
  proto?: Test<number>;
  origSrc?: Test<AddrMask>;
  origDst?: Test<AddrMask>;
  replSrc?: Test<AddrMask>;
  replDst?: Test<AddrMask>;
  origSrcPort?: Test<Range>;
  origDstPort?: Test<Range>;
  replSrcPort?: Test<Range>;
  replDstPort?: Test<Range>;
  /** CT_STATUS bits. */
  status?: Test<number>;
  /** Remaining lifetime in seconds. */
  expire?: Test<Range>;
  /** --ctdir: the direction of the packet within its connection. */
  direction?: "ORIGINAL" | "REPLY";
  /** How many options were given: at least one is required. */
  given: number;
}

type AddrKey = "origSrc" | "origDst" | "replSrc" | "replDst";
type PortKey = "origSrcPort" | "origDstPort" | "replSrcPort" | "replDstPort";

/** Option names in the order conntrack_dump prints them. */
const ADDRS: readonly (readonly [string, AddrKey])[] = [
  ["ctorigsrc", "origSrc"],
  ["ctorigdst", "origDst"],
  ["ctreplsrc", "replSrc"],
  ["ctrepldst", "replDst"],
];
const PORTS: readonly (readonly [string, PortKey])[] = [
  ["ctorigsrcport", "origSrcPort"],
  ["ctorigdstport", "origDstPort"],
  ["ctreplsrcport", "replSrcPort"],
  ["ctrepldstport", "replDstPort"],
];

/** xtables_ipmask_to_numeric: nothing for /32, "/len", or a dotted mask when not contiguous. */
function maskSuffix(mask: number): string {
  const len = maskLength(mask);
  if (len === 32) return "";
  return `/${len >= 0 ? len : formatAddr(mask)}`;
}

/** conntrack_dump_addr: plain -L names the address, and calls 0.0.0.0 "anywhere" whatever the mask. */
function addrText({ addr, mask }: AddrMask, numeric: boolean): string {
  if (numeric) return formatAddr(addr) + maskSuffix(mask);
  return addr === 0 ? "anywhere" : addressName(addr) + maskSuffix(mask);
}

/** conntrack_dump_ports: a single port when both ends agree or the high end is 0. */
const portText = ([lo, hi]: Range) => (hi === 0 || lo === hi ? `${lo}` : `${lo}:${hi}`);
const expireText = ([min, max]: Range) => (min === max ? `${min}` : `${min}:${max}`);

/** conntrack_dump: shared by -S ("--" before each name, always numeric) and -L (no dashes). */
function dump(m: ConntrackMatch, dashes: string, numeric: boolean): string {
  const one = <T>(name: string, test: Test<T> | undefined, text: (value: T) => string) =>
    test ? `${test.invert ? " !" : ""} ${dashes}${name} ${text(test.value)}` : "";
  let out = one("ctstate", m.state, stateNames) + one("ctproto", m.proto, String);
  for (const [name, key] of ADDRS) out += one(name, m[key], (a) => addrText(a, numeric));
  for (const [name, key] of PORTS) out += one(name, m[key], portText);
  out += one("ctstatus", m.status, statusNames) + one("ctexpire", m.expire, expireText);
  if (m.direction) out += ` ${dashes}ctdir ${m.direction}`;
  return out;
}

/** libxt_conntrack revision 3: tests on the packet's connection-tracking entry. */
export const conntrack: MatchModule<ConntrackMatch> = {
  kind: "match",
  usesConntrack: () => true,
  name: "conntrack",
  options: [
    ...["ctstate", "ctproto", "ctstatus", "ctexpire", ...ADDRS.map(([n]) => n), ...PORTS.map(([n]) => n)].map(
      (name) => ({ name, arg: "required" as const, invertible: true }),
    ),
    { name: "ctdir", arg: "required" },
  ],
  init: () => ({ module: conntrack, given: 0 }),
  parse(m, option, arg, invert) {
    m.given++;
    const text = arg!;
    const test = <T>(value: T): Test<T> => ({ value, invert });
    const addr = ADDRS.find(([name]) => name === option);
    if (addr) {
      m[addr[1]] = test(parseHostMask("conntrack", option, text));
      return;
    }
    const port = PORTS.find(([name]) => name === option);
    if (port) {
      m[port[1]] = test(parseXtoptPortRange(text, "conntrack", option));
      return;
    }
    switch (option) {
      case "ctstate":
        m.state = test(parseWords(text, CTSTATE_WORDS, (rest) => parameterProblem(`Bad ctstate "${rest}"`)));
        return;
      case "ctproto":
        // 1.8.9 still takes protocol 0 ("all"); later versions refuse it.
        m.proto = test(parseProtocol(text));
        return;
      case "ctstatus":
        m.status = test(
          parseWords(text, CTSTATUS_WORDS, (rest) => parameterProblem(`Bad ctstatus "${rest}"`)),
        );
        return;
      case "ctexpire":
        m.expire = test(parseUint32Range("conntrack", option, text));
        return;
      case "ctdir": {
        // strcasecmp: ASCII letters only fold.
        const dir = text.replace(/[a-z]/g, (c) => c.toUpperCase());
        if (dir !== "ORIGINAL" && dir !== "REPLY")
          throw parameterProblem(`conntrack: Bad value for "--ctdir" option: "${text}"`);
        m.direction = dir;
        return;
      }
    }
  },
  final(m) {
    if (m.given === 0) throw parameterProblem("conntrack: At least one option is required");
  },
  save: (m) => dump(m, "--", true),
  list: (m, numeric) => dump(m, "", numeric),
  match: (m, packet, ctx) => conntrackFailure(m, packet, ctx.world.clock) === undefined,
  why: (m, packet, ctx) => conntrackWhy(m, packet, ctx.world.clock),
};
