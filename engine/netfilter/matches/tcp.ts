import { parameterProblem } from "../../iptables/errors";
import { parsePortRange } from "../../iptables/ports";
import { strtouiInRange } from "../../iptables/numbers";
import type { MatchModule } from "../extension";
import type { Packet, TcpHeader } from "../../stack/packet";
import { isAnyPort, listRange, saveRange } from "./port-range";
import { carriesTcpOption } from "./tcp-options";
import { headerWhy, portOption, portWhy, valueWhy } from "./why-text";

const IPPROTO_TCP = 6;

/** TCP header flags in bit order, the order iptables prints them in. */
const FLAGS: readonly (readonly [string, number])[] = [
  ["FIN", 0x01],
  ["SYN", 0x02],
  ["RST", 0x04],
  ["PSH", 0x08],
  ["ACK", 0x10],
  ["URG", 0x20],
];
const FLAG_WORDS: ReadonlyMap<string, number> = new Map([...FLAGS, ["ALL", 0x3f], ["NONE", 0]]);

/** The once-only options, as bits of TcpMatch's `given` and `inverted`. */
const GIVEN = { sport: 1, dport: 2, flags: 4, option: 8 } as const;
type Given = keyof typeof GIVEN;

/** Kept flat, numbers only: every rule with `-m tcp` carries one. */
export interface TcpMatch {
  /** The port ranges, both ends inclusive; 0–65535 is any port. */
  sportMin: number;
  sportMax: number;
  dportMin: number;
  dportMax: number;
  /** --tcp-flags MASK COMP: the flags looked at, and those of them that must be set. */
  flagMask: number;
  flagComp: number;
  option: number;
  /** Which options were given, and which of them after a "!", as GIVEN bits. */
  given: number;
  inverted: number;
  /**
   * Kept as an xt_tcp match for the kernel, which then refuses it unless the rule is `-p tcp`
   * (set after parsing).
   */
  refusedByKernel: boolean;
}

function parseFlags(text: string): number {
  let bits = 0;
  for (const word of text.split(",").filter(Boolean)) {
    const bit = FLAG_WORDS.get(word.toUpperCase());
    if (bit === undefined) throw parameterProblem(`Unknown TCP flag \`${word}'`);
    bits |= bit;
  }
  return bits;
}

function flagNames(bits: number): string {
  const names = FLAGS.filter(([, bit]) => bits & bit).map(([name]) => name);
  return names.length ? names.join(",") : "NONE";
}

const hex2 = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, "0")}`;
const bang = (b: boolean) => (b ? " !" : "");

const isInverted = (m: TcpMatch, option: Given) => (m.inverted & GIVEN[option]) !== 0;

function setInverted(m: TcpMatch, option: Given, invert: boolean): void {
  m.inverted = invert ? m.inverted | GIVEN[option] : m.inverted & ~GIVEN[option];
}

/**
 * iptables-nft keeps a tcp match as an xt_tcp match only when it has a --tcp-option (nft has no
 * expression for it) or nothing at all to compare (tcp_all_zero); ports and flags otherwise become
 * nft payload expressions.
 */
function staysXtMatch(m: TcpMatch): boolean {
  if (m.option !== 0) return true;
  const anyInvert = isInverted(m, "sport") || isInverted(m, "dport") || isInverted(m, "flags");
  const anyPorts = isAnyPort(m.sportMin, m.sportMax) && isAnyPort(m.dportMin, m.dportMax);
  return anyPorts && m.flagMask === 0 && m.flagComp === 0 && !anyInvert;
}

/** What nft hands back for the payload form: an "any port" or an empty flag mask compares nothing. */
function readBackFromNft(m: TcpMatch): void {
  if (isAnyPort(m.sportMin, m.sportMax)) setInverted(m, "sport", false);
  if (isAnyPort(m.dportMin, m.dportMax)) setInverted(m, "dport", false);
  if (m.flagMask === 0) {
    m.flagComp = 0;
    setInverted(m, "flags", false);
  }
}

/** The TCP header the match can read: none in a later fragment (tcp_mt returns false there). */
const tcpHeader = (packet: Packet): TcpHeader | undefined =>
  packet.fragOffset === 0 && packet.l4?.proto === IPPROTO_TCP ? packet.l4 : undefined;

const inRange = (port: number, min: number, max: number) => port >= min && port <= max;

/** tcp_mt's tests, in its order: the first that fails is the reason. */
const sportOk = (m: TcpMatch, th: TcpHeader) =>
  inRange(th.sport, m.sportMin, m.sportMax) !== isInverted(m, "sport");
const dportOk = (m: TcpMatch, th: TcpHeader) =>
  inRange(th.dport, m.dportMin, m.dportMax) !== isInverted(m, "dport");
const flagsOk = (m: TcpMatch, th: TcpHeader) =>
  ((th.flags & m.flagMask) === m.flagComp) !== isInverted(m, "flags");
const optionOk = (m: TcpMatch, packet: Packet, th: TcpHeader) =>
  m.option === 0 || carriesTcpOption(packet, th, m.option) !== isInverted(m, "option");

const SPORT_WHY = portOption("sport");
const DPORT_WHY = portOption("dport");

function why(m: TcpMatch, packet: Packet): string {
  const th = tcpHeader(packet);
  if (!th) return headerWhy("TCP", packet);
  if (!sportOk(m, th)) return portWhy(SPORT_WHY, th.sport, m.sportMin, m.sportMax, isInverted(m, "sport"));
  if (!dportOk(m, th)) return portWhy(DPORT_WHY, th.dport, m.dportMin, m.dportMax, isInverted(m, "dport"));
  if (!flagsOk(m, th))
    return valueWhy(
      `tcp-flags ${flagNames(m.flagMask)}:`,
      flagNames(th.flags & m.flagMask),
      flagNames(m.flagComp),
      isInverted(m, "flags"),
    );
  return `tcp-option ${m.option} ${isInverted(m, "option") ? "present" : "absent"}`;
}

/** libxt_tcp: ports, flags and options of TCP segments; an old-style parser with its own errors. */
export const tcp: MatchModule<TcpMatch> = {
  kind: "match",
  name: "tcp",
  ownChecks: true,
  options: [
    { name: "source-port", arg: "required" },
    { name: "sport", arg: "required", aliasOf: "source-port" },
    { name: "destination-port", arg: "required" },
    { name: "dport", arg: "required", aliasOf: "destination-port" },
    { name: "syn", arg: "none" },
    { name: "tcp-flags", arg: "required" },
    { name: "tcp-option", arg: "required" },
  ],
  init: () => ({
    module: tcp,
    sportMin: 0,
    sportMax: 65535,
    dportMin: 0,
    dportMax: 65535,
    flagMask: 0,
    flagComp: 0,
    option: 0,
    given: 0,
    inverted: 0,
    refusedByKernel: false,
  }),
  parse(m, option, arg, invert, ctx) {
    const once = (what: "sport" | "dport" | "option", text: string) => {
      if (m.given & GIVEN[what]) throw parameterProblem(`Only one \`${text}' allowed`);
      m.given |= GIVEN[what];
    };
    const flagsOnce = () => {
      if (m.given & GIVEN.flags) throw parameterProblem("Only one of `--syn' or `--tcp-flags'  allowed");
      m.given |= GIVEN.flags;
      setInverted(m, "flags", invert);
    };
    switch (option) {
      case "source-port":
        once("sport", "--source-port");
        [m.sportMin, m.sportMax] = parsePortRange(arg!);
        setInverted(m, "sport", invert);
        return;
      case "destination-port":
        once("dport", "--destination-port");
        [m.dportMin, m.dportMax] = parsePortRange(arg!);
        setInverted(m, "dport", invert);
        return;
      case "syn":
        flagsOnce();
        m.flagMask = parseFlags("SYN,RST,ACK,FIN");
        m.flagComp = parseFlags("SYN");
        return;
      case "tcp-flags": {
        flagsOnce();
        const comp = ctx.takeArg();
        if (comp === undefined) throw parameterProblem("--tcp-flags requires two args.");
        m.flagMask = parseFlags(arg!);
        m.flagComp = parseFlags(comp);
        return;
      }
      case "tcp-option": {
        once("option", "--tcp-option");
        const num = strtouiInRange(arg!, 1, 255);
        if (num === undefined) throw parameterProblem(`Bad TCP option "${arg}"`);
        m.option = num;
        setInverted(m, "option", invert);
        return;
      }
    }
  },
  final(m, ctx) {
    if (staysXtMatch(m)) {
      // xt_tcp's own protocol check (xt_check_match): EINVAL unless the rule is `-p tcp`, uninverted.
      m.refusedByKernel = ctx.proto !== IPPROTO_TCP || ctx.protoInverted;
      return;
    }
    // nft payload expressions need the protocol, inverted or not (nft's add_nft_tcp).
    if (ctx.proto !== IPPROTO_TCP) throw parameterProblem("TCP match requires '-p tcp'");
    readBackFromNft(m);
  },
  save(m) {
    let out = saveRange("sport", m.sportMin, m.sportMax, isInverted(m, "sport"));
    out += saveRange("dport", m.dportMin, m.dportMax, isInverted(m, "dport"));
    const option = isInverted(m, "option");
    if (m.option || option) out += `${bang(option)} --tcp-option ${m.option}`;
    const flags = isInverted(m, "flags");
    if (m.flagMask || flags)
      out += `${bang(flags)} --tcp-flags ${flagNames(m.flagMask)} ${flagNames(m.flagComp)}`;
    return out;
  },
  list(m, numeric) {
    let out = " tcp";
    out += listRange("spt", m.sportMin, m.sportMax, isInverted(m, "sport"), numeric, "tcp");
    out += listRange("dpt", m.dportMin, m.dportMax, isInverted(m, "dport"), numeric, "tcp");
    const option = isInverted(m, "option");
    if (m.option || option) out += ` option=${option ? "!" : ""}${m.option}`;
    const flags = isInverted(m, "flags");
    if (m.flagMask || flags) {
      const text = numeric
        ? `${hex2(m.flagMask)}/${hex2(m.flagComp)}`
        : `${flagNames(m.flagMask)}/${flagNames(m.flagComp)}`;
      out += ` flags:${flags ? "!" : ""}${text}`;
    }
    return out;
  },
  hooks: (m) => (m.refusedByKernel ? [] : undefined),
  match(m, packet) {
    const th = tcpHeader(packet);
    return th !== undefined && sportOk(m, th) && dportOk(m, th) && flagsOk(m, th) && optionOk(m, packet, th);
  },
  why,
};
