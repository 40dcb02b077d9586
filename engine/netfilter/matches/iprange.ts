import { formatAddr, numericToAddr } from "../../iptables/address";
import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import type { Packet } from "../../stack/packet";
import { setWhy } from "./why-text";

/** An inclusive range of IPv4 addresses as unsigned 32-bit numbers. */
export type AddrRange = [number, number];

type Side = "src" | "dst";

export interface IprangeMatch {
  src?: AddrRange;
  dst?: AddrRange;
  invert: { src: boolean; dst: boolean };
}

const rangeText = ([from, to]: AddrRange) => `${formatAddr(from)}-${formatAddr(to)}`;

/** iprange_parse_range: "from-to" split at the first "-", or one address for both ends. */
function parseRange(text: string, option: string, warn: (text: string) => void): AddrRange {
  const dash = text.indexOf("-");
  const ends = dash < 0 ? [text, text] : [text.slice(0, dash), text.slice(dash + 1)];
  const range = ends.map((end) => {
    // xtables_numeric_to_ipaddr: dotted decimal only, no host names and no masks.
    const addr = numericToAddr(end);
    if (addr === undefined) throw parameterProblem(`iprange: Bad value for "--${option}" option: "${end}"`);
    return addr;
  }) as AddrRange;
  if (range[0] > range[1]) warn(`xt_iprange: range ${rangeText(range)} is reversed and will never match\n`);
  return range;
}

/** iprange_mt4: an address outside the range fails unless the side is inverted; no range, no test. */
const sideOk = (range: AddrRange | undefined, addr: number, invert: boolean) =>
  range === undefined || (addr >= range[0] && addr <= range[1]) !== invert;

function why(m: IprangeMatch, packet: Packet): string {
  const [option, addr, range, invert] = sideOk(m.src, packet.src, m.invert.src)
    ? (["dst-range", packet.dst, m.dst!, m.invert.dst] as const)
    : (["src-range", packet.src, m.src!, m.invert.src] as const);
  return setWhy(option, formatAddr(addr), rangeText(range), invert);
}

/** libxt_iprange (revision 1): source and/or destination address within a range. */
export const iprange: MatchModule<IprangeMatch> = {
  kind: "match",
  name: "iprange",
  options: [
    { name: "src-range", arg: "required", invertible: true },
    { name: "dst-range", arg: "required", invertible: true },
  ],
  init: () => ({ module: iprange, invert: { src: false, dst: false } }),
  parse(m, option, arg, invert, ctx) {
    const side: Side = option === "src-range" ? "src" : "dst";
    m[side] = parseRange(arg!, option, ctx.warn);
    m.invert[side] = invert;
  },
  final(m) {
    if (!m.src && !m.dst)
      throw parameterProblem("iprange match: You must specify `--src-range' or `--dst-range'");
  },
  save(m) {
    let out = "";
    if (m.src) out += `${m.invert.src ? " !" : ""} --src-range ${rangeText(m.src)}`;
    if (m.dst) out += `${m.invert.dst ? " !" : ""} --dst-range ${rangeText(m.dst)}`;
    return out;
  },
  list(m) {
    let out = "";
    if (m.src) out += ` source IP range${m.invert.src ? " !" : ""} ${rangeText(m.src)}`;
    if (m.dst) out += ` destination IP range${m.invert.dst ? " !" : ""} ${rangeText(m.dst)}`;
    return out;
  },
  match: (m, packet) => sideOk(m.src, packet.src, m.invert.src) && sideOk(m.dst, packet.dst, m.invert.dst),
  why,
};
