import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import { icmpName, parseIcmpType } from "./icmp-types";

const IPPROTO_ICMP = 1;
/** The type iptables stores for "any" (no real ICMP type is 255). */
const ANY_TYPE = 255;

export interface IcmpMatch {
  type: number;
  /** The codes matched, [min, max]; [0, 255] is every code. */
  code: [number, number];
  invert: boolean;
  given: boolean;
  /** The kernel's xt_icmp refuses a rule that is not `-p icmp` (set after parsing). */
  refusedByKernel: boolean;
}

/** libipt_icmp: ICMP type and code (an xtopt parser; --icmp-type is mandatory). */
export const icmp: MatchModule<IcmpMatch> = {
  kind: "match",
  name: "icmp",
  options: [{ name: "icmp-type", arg: "required", invertible: true }],
  init: () => ({
    module: icmp,
    type: ANY_TYPE,
    code: [0, 255],
    invert: false,
    given: false,
    refusedByKernel: false,
  }),
  parse(m, _option, arg, invert) {
    const { type, code } = parseIcmpType(arg!);
    m.type = type;
    m.code = code;
    m.invert = invert;
    m.given = true;
  },
  final(m, ctx) {
    if (!m.given) throw parameterProblem('icmp: option "--icmp-type" must be specified\n');
    m.refusedByKernel = ctx.proto !== IPPROTO_ICMP || ctx.protoInverted;
  },
  save(m) {
    const inv = m.invert ? " !" : "";
    if (m.type === ANY_TYPE) return `${inv} --icmp-type any`;
    const [min, max] = m.code;
    return `${inv} --icmp-type ${m.type}${min !== 0 || max !== 255 ? `/${min}` : ""}`;
  },
  list(m, numeric) {
    const [min, max] = m.code;
    const name = numeric ? undefined : icmpName(m.type, min, max);
    if (name) return ` icmp ${m.invert ? "!" : ""}${name}`;
    // No space between "icmp" and "type" unless inverted: iptables 1.8.9 prints "icmptype 8".
    let out = ` icmp${m.invert ? " !" : ""}type ${m.type}`;
    if (min === max) out += ` code ${min}`;
    else if (min !== 0 || max !== 255) out += ` codes ${min}-${max}`;
    return out;
  },
  hooks: (m) => (m.refusedByKernel ? [] : undefined),
};
