import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import type { IcmpHeader, Packet } from "../../stack/packet";
import { icmpName, parseIcmpType } from "./icmp-types";
import { headerWhy, valueWhy } from "./why-text";

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

/** The ICMP header the match can read: none in a later fragment (icmp_match returns false there). */
const icmpHeader = (packet: Packet): IcmpHeader | undefined =>
  packet.fragOffset === 0 && packet.l4?.proto === IPPROTO_ICMP ? packet.l4 : undefined;

/** icmp_type_code_match: type 255 is any type; the code must lie in the rule's range. */
const typeCodeOk = (m: IcmpMatch, ic: IcmpHeader) =>
  (m.type === ANY_TYPE || (ic.type === m.type && ic.code >= m.code[0] && ic.code <= m.code[1])) !== m.invert;

/** A packet's type and code by the most precise name iptables knows, else "type/code". */
const packetText = ({ type, code }: IcmpHeader) =>
  icmpName(type, code, code) ?? icmpName(type, 0, 255) ?? `${type}/${code}`;

function ruleText({ type, code: [min, max] }: IcmpMatch): string {
  const name = icmpName(type, min, max);
  if (name) return name;
  if (min === 0 && max === 255) return `${type}`;
  return min === max ? `${type}/${min}` : `${type}/${min}:${max}`;
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
  match(m, packet) {
    const ic = icmpHeader(packet);
    return ic !== undefined && typeCodeOk(m, ic);
  },
  why(m, packet) {
    const ic = icmpHeader(packet);
    if (!ic) return headerWhy("ICMP", packet);
    return valueWhy("icmp-type", packetText(ic), ruleText(m), m.invert);
  },
};
