import { formatAddr } from "../../iptables/address";
import { parameterProblem } from "../../iptables/errors";
import { strtouiInRange } from "../../iptables/numbers";
import type { MatchModule } from "../extension";

/** An inclusive range of IPv4 addresses as unsigned 32-bit numbers. */
export type AddrRange = [number, number];

type Side = "src" | "dst";

export interface IprangeMatch {
  src?: AddrRange;
  dst?: AddrRange;
  invert: { src: boolean; dst: boolean };
}

/**
 * xtables_numeric_to_ipaddr: dotted decimal only (no host names, no masks), each part a C number
 * 0–255; fewer than four parts fill the rest with zeros ("10.1" is 10.1.0.0). iptables copies the
 * text into a 20-byte buffer first, so only its first 19 characters count.
 */
function dottedAddress(text: string): number | undefined {
  const parts = text.slice(0, 19).split(".");
  if (parts.length > 4) return undefined;
  let addr = 0;
  for (let i = 0; i < 4; i++) {
    const part = parts[i];
    const byte = part === undefined ? 0 : strtouiInRange(part, 0, 255);
    if (byte === undefined) return undefined;
    addr = addr * 256 + byte;
  }
  return addr;
}

/** iprange_parse_range: "from-to" split at the first "-", or one address for both ends. */
function parseRange(text: string, option: string): AddrRange {
  const dash = text.indexOf("-");
  const ends = dash < 0 ? [text, text] : [text.slice(0, dash), text.slice(dash + 1)];
  return ends.map((end) => {
    const addr = dottedAddress(end);
    if (addr === undefined) throw parameterProblem(`iprange: Bad value for "--${option}" option: "${end}"`);
    return addr;
  }) as AddrRange;
}

const rangeText = ([from, to]: AddrRange) => `${formatAddr(from)}-${formatAddr(to)}`;

/** libxt_iprange (revision 1): source and/or destination address within a range. */
export const iprange: MatchModule<IprangeMatch> = {
  kind: "match",
  name: "iprange",
  options: [
    { name: "src-range", arg: "required", invertible: true },
    { name: "dst-range", arg: "required", invertible: true },
  ],
  init: () => ({ invert: { src: false, dst: false } }),
  parse(m, option, arg, invert) {
    const side: Side = option === "src-range" ? "src" : "dst";
    m[side] = parseRange(arg!, option);
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
};
