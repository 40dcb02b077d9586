import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import { ANY_PORT, isAnyPort, listRange, saveRange, type PortRange } from "./port-range";
import { parseXtoptPortRange } from "./xtopt-port";

const IPPROTO_UDP = 17;

export interface UdpMatch {
  sport: PortRange;
  dport: PortRange;
  invert: { sport: boolean; dport: boolean };
  /**
   * Kept as an xt_udp match for the kernel, which then refuses it unless the rule is `-p udp`
   * (set after parsing).
   */
  refusedByKernel: boolean;
}

/** udp_all_zero in iptables-nft: only a match with nothing to compare stays an xt_udp match. */
const allZero = (m: UdpMatch) =>
  isAnyPort(m.sport) && isAnyPort(m.dport) && !m.invert.sport && !m.invert.dport;

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
    sport: ANY_PORT(),
    dport: ANY_PORT(),
    invert: { sport: false, dport: false },
    refusedByKernel: false,
  }),
  parse(m, option, arg, invert) {
    const which = option === "source-port" ? "sport" : "dport";
    m[which] = parseXtoptPortRange(arg!, "udp", option);
    m.invert[which] = invert;
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
    for (const which of ["sport", "dport"] as const) if (isAnyPort(m[which])) m.invert[which] = false;
  },
  save: (m) => saveRange("sport", m.sport, m.invert.sport) + saveRange("dport", m.dport, m.invert.dport),
  list: (m, numeric) =>
    " udp" +
    listRange("spt", m.sport, m.invert.sport, numeric, "udp") +
    listRange("dpt", m.dport, m.invert.dport, numeric, "udp"),
  hooks: (m) => (m.refusedByKernel ? [] : undefined),
};
