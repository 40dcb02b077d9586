import { parameterProblem } from "../../iptables/errors";
import { parsePortRange } from "../../iptables/ports";
import { strtouiInRange } from "../../iptables/numbers";
import type { MatchModule } from "../extension";
import { ANY_PORT, isAnyPort, listRange, saveRange, type PortRange } from "./port-range";

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

const GIVEN = { sport: 1, dport: 2, flags: 4, option: 8 } as const;

export interface TcpMatch {
  sport: PortRange;
  dport: PortRange;
  /** --tcp-flags MASK COMP: the flags looked at, and those of them that must be set. */
  flagMask: number;
  flagComp: number;
  option: number;
  invert: { sport: boolean; dport: boolean; flags: boolean; option: boolean };
  /** Which of the once-only options were given, as GIVEN bits (kept small: every rule carries it). */
  given: number;
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

/**
 * iptables-nft keeps a tcp match as an xt_tcp match only when it has a --tcp-option (nft has no
 * expression for it) or nothing at all to compare (tcp_all_zero); ports and flags otherwise become
 * nft payload expressions.
 */
function staysXtMatch(m: TcpMatch): boolean {
  if (m.option !== 0) return true;
  const anyInvert = m.invert.sport || m.invert.dport || m.invert.flags;
  return isAnyPort(m.sport) && isAnyPort(m.dport) && m.flagMask === 0 && m.flagComp === 0 && !anyInvert;
}

/** What nft hands back for the payload form: an "any port" or an empty flag mask compares nothing. */
function readBackFromNft(m: TcpMatch): void {
  if (isAnyPort(m.sport)) m.invert.sport = false;
  if (isAnyPort(m.dport)) m.invert.dport = false;
  if (m.flagMask === 0) {
    m.flagComp = 0;
    m.invert.flags = false;
  }
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
    sport: ANY_PORT(),
    dport: ANY_PORT(),
    flagMask: 0,
    flagComp: 0,
    option: 0,
    invert: { sport: false, dport: false, flags: false, option: false },
    given: 0,
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
      m.invert.flags = invert;
    };
    switch (option) {
      case "source-port":
        once("sport", "--source-port");
        m.sport = parsePortRange(arg!);
        m.invert.sport = invert;
        return;
      case "destination-port":
        once("dport", "--destination-port");
        m.dport = parsePortRange(arg!);
        m.invert.dport = invert;
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
        m.invert.option = invert;
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
    let out = saveRange("sport", m.sport, m.invert.sport) + saveRange("dport", m.dport, m.invert.dport);
    if (m.option || m.invert.option) out += `${bang(m.invert.option)} --tcp-option ${m.option}`;
    if (m.flagMask || m.invert.flags)
      out += `${bang(m.invert.flags)} --tcp-flags ${flagNames(m.flagMask)} ${flagNames(m.flagComp)}`;
    return out;
  },
  list(m, numeric) {
    let out = " tcp";
    out += listRange("spt", m.sport, m.invert.sport, numeric, "tcp");
    out += listRange("dpt", m.dport, m.invert.dport, numeric, "tcp");
    if (m.option || m.invert.option) out += ` option=${m.invert.option ? "!" : ""}${m.option}`;
    if (m.flagMask || m.invert.flags) {
      const text = numeric
        ? `${hex2(m.flagMask)}/${hex2(m.flagComp)}`
        : `${flagNames(m.flagMask)}/${flagNames(m.flagComp)}`;
      out += ` flags:${m.invert.flags ? "!" : ""}${text}`;
    }
    return out;
  },
  hooks: (m) => (m.refusedByKernel ? [] : undefined),
};
