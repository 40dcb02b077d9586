import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import type { Packet, UdpHeader } from "../../stack/packet";
import { isAnyPort, listRange, saveRange } from "./port-range";
import { headerWhy, portOption, portWhy } from "./why-text";
import { parseXtoptPortRange } from "./xtopt-port";

const IPPROTO_UDP = 17;

/** The ports, as bits of UdpMatch's `inverted`. */
const SPORT = 1;
const DPORT = 2;

const SPORT_WHY = portOption("sport");
const DPORT_WHY = portOption("dport");

/** Kept flat, numbers only: every rule with `-m udp` carries one. */
export interface UdpMatch {
  /** The port ranges, both ends inclusive; 0–65535 is any port. */
  sportMin: number;
  sportMax: number;
  dportMin: number;
  dportMax: number;
  /** The ports given after a "!", as SPORT and DPORT bits. */
  inverted: number;
  /**
   * Kept as an xt_udp match for the kernel, which then refuses it unless the rule is `-p udp`
   * (set after parsing).
   */
  refusedByKernel: boolean;
}

const anySport = (m: UdpMatch) => isAnyPort(m.sportMin, m.sportMax);
const anyDport = (m: UdpMatch) => isAnyPort(m.dportMin, m.dportMax);

/** udp_all_zero in iptables-nft: only a match with nothing to compare stays an xt_udp match. */
const allZero = (m: UdpMatch) => anySport(m) && anyDport(m) && m.inverted === 0;

/** The UDP header the match can read: none in a later fragment (udp_mt returns false there). */
const udpHeader = (packet: Packet): UdpHeader | undefined =>
  packet.fragOffset === 0 && packet.l4?.proto === IPPROTO_UDP ? packet.l4 : undefined;

const sportOk = (m: UdpMatch, uh: UdpHeader) =>
  (uh.sport >= m.sportMin && uh.sport <= m.sportMax) !== ((m.inverted & SPORT) !== 0);
const dportOk = (m: UdpMatch, uh: UdpHeader) =>
  (uh.dport >= m.dportMin && uh.dport <= m.dportMax) !== ((m.inverted & DPORT) !== 0);

/** libxt_udp: source and destination port ranges of UDP datagrams (an xtopt parser). */
export const udp: MatchModule<UdpMatch> = {
  kind: "match",
  name: "udp",
  options: [
    { name: "source-port", arg: "required", invertible: true },
    { name: "sport", arg: "required", aliasOf: "source-port" },
    { name: "destination-port", arg: "required", invertible: true },
    { name: "dport", arg: "required", aliasOf: "destination-port" },
  ],
  init: () => ({
    module: udp,
    sportMin: 0,
    sportMax: 65535,
    dportMin: 0,
    dportMax: 65535,
    inverted: 0,
    refusedByKernel: false,
  }),
  parse(m, option, arg, invert) {
    const range = parseXtoptPortRange(arg!, "udp", option);
    const bit = option === "source-port" ? SPORT : DPORT;
    if (bit === SPORT) [m.sportMin, m.sportMax] = range;
    else [m.dportMin, m.dportMax] = range;
    m.inverted = invert ? m.inverted | bit : m.inverted & ~bit;
  },
  final(m, ctx) {
    if (allZero(m)) {
      // xt_udp's own protocol check (xt_check_match): EINVAL unless the rule is `-p udp`, uninverted.
      m.refusedByKernel = ctx.proto !== IPPROTO_UDP || ctx.protoInverted;
      return;
    }
    // Anything else becomes nft payload expressions, which need the protocol (inverted or not).
    if (ctx.proto !== IPPROTO_UDP) throw parameterProblem("UDP match requires '-p udp'");
    // Read back from nft, an inverted "any port" compares nothing and loses its "!".
    if (anySport(m)) m.inverted &= ~SPORT;
    if (anyDport(m)) m.inverted &= ~DPORT;
  },
  save: (m) =>
    saveRange("sport", m.sportMin, m.sportMax, (m.inverted & SPORT) !== 0) +
    saveRange("dport", m.dportMin, m.dportMax, (m.inverted & DPORT) !== 0),
  list: (m, numeric) =>
    " udp" +
    listRange("spt", m.sportMin, m.sportMax, (m.inverted & SPORT) !== 0, numeric, "udp") +
    listRange("dpt", m.dportMin, m.dportMax, (m.inverted & DPORT) !== 0, numeric, "udp"),
  hooks: (m) => (m.refusedByKernel ? [] : undefined),
  match(m, packet) {
    const uh = udpHeader(packet);
    return uh !== undefined && sportOk(m, uh) && dportOk(m, uh);
  },
  why(m, packet) {
    const uh = udpHeader(packet);
    if (!uh) return headerWhy("UDP", packet);
    if (!sportOk(m, uh))
      return portWhy(SPORT_WHY, uh.sport, m.sportMin, m.sportMax, (m.inverted & SPORT) !== 0);
    return portWhy(DPORT_WHY, uh.dport, m.dportMin, m.dportMax, (m.inverted & DPORT) !== 0);
  },
};
