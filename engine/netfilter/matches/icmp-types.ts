import { parameterProblem } from "../../iptables/errors";
import { leadingNumber } from "../../iptables/numbers";

/** One name iptables knows for an ICMP type, with the codes it covers (0–255: every code). */
export interface IcmpName {
  readonly name: string;
  readonly type: number;
  readonly codeMin: number;
  readonly codeMax: number;
}

const entry = (name: string, type: number, codeMin = 0, codeMax = codeMin): IcmpName => ({
  name,
  type,
  codeMin,
  codeMax,
});
const anyCode = (name: string, type: number) => entry(name, type, 0, 255);

/** libxtables' icmp_codes, in its order: names are matched by prefix in this order, aliases included. */
export const ICMP_NAMES: readonly IcmpName[] = [
  anyCode("any", 255),
  anyCode("echo-reply", 0),
  anyCode("pong", 0),
  anyCode("destination-unreachable", 3),
  entry("network-unreachable", 3, 0),
  entry("host-unreachable", 3, 1),
  entry("protocol-unreachable", 3, 2),
  entry("port-unreachable", 3, 3),
  entry("fragmentation-needed", 3, 4),
  entry("source-route-failed", 3, 5),
  entry("network-unknown", 3, 6),
  entry("host-unknown", 3, 7),
  entry("network-prohibited", 3, 9),
  entry("host-prohibited", 3, 10),
  entry("TOS-network-unreachable", 3, 11),
  entry("TOS-host-unreachable", 3, 12),
  entry("communication-prohibited", 3, 13),
  entry("host-precedence-violation", 3, 14),
  entry("precedence-cutoff", 3, 15),
  anyCode("source-quench", 4),
  anyCode("redirect", 5),
  entry("network-redirect", 5, 0),
  entry("host-redirect", 5, 1),
  entry("TOS-network-redirect", 5, 2),
  entry("TOS-host-redirect", 5, 3),
  anyCode("echo-request", 8),
  anyCode("ping", 8),
  anyCode("router-advertisement", 9),
  anyCode("router-solicitation", 10),
  anyCode("time-exceeded", 11),
  anyCode("ttl-exceeded", 11),
  entry("ttl-zero-during-transit", 11, 0),
  entry("ttl-zero-during-reassembly", 11, 1),
  anyCode("parameter-problem", 12),
  entry("ip-header-bad", 12, 0),
  entry("required-option-missing", 12, 1),
  anyCode("timestamp-request", 13),
  anyCode("timestamp-reply", 14),
  anyCode("address-mask-request", 17),
  anyCode("address-mask-reply", 18),
];

/** The first name iptables prints for a type and code range, if it has one. */
export const icmpName = (type: number, codeMin: number, codeMax: number) =>
  ICMP_NAMES.find((n) => n.type === type && n.codeMin === codeMin && n.codeMax === codeMax)?.name;

/** xtables_strtoui with an end pointer: a C number 0–255 at the start of `text`, and what follows. */
function leadingByte(text: string): { value: number; rest: string } | undefined {
  const read = leadingNumber(text);
  return read && read.value <= 255 ? read : undefined;
}

/** parse_range: "n" or "n:m", each 0–255. */
function leadingRange(text: string): { range: [number, number]; rest: string } | undefined {
  const lo = leadingByte(text);
  if (!lo) return undefined;
  if (!lo.rest.startsWith(":")) return { range: [lo.value, lo.value], rest: lo.rest };
  const hi = leadingByte(lo.rest.slice(1));
  return hi && { range: [lo.value, hi.value], rest: hi.rest };
}

/**
 * ipt_parse_icmp: a (case-insensitive, possibly shortened) name, or "type[/code]" in numbers, where
 * the code may be a range "min:max". Returns the type and the code range.
 */
export function parseIcmpType(text: string): { type: number; code: [number, number] } {
  const matches = ICMP_NAMES.filter((n) => n.name.slice(0, text.length).toLowerCase() === text.toLowerCase());
  if (matches.length > 1)
    throw parameterProblem(
      `Ambiguous ICMP type \`${text}': \`${matches[0]!.name}' or \`${matches[1]!.name}'?`,
    );
  const named = matches[0];
  if (named) return { type: named.type, code: [named.codeMin, named.codeMax] };

  const types = leadingRange(text);
  if (!types) throw parameterProblem(`Unknown ICMP type \`${text}'`);
  let code: [number, number] = [0, 255];
  let rest = types.rest;
  if (rest.startsWith("/")) {
    const codes = leadingRange(rest.slice(1));
    if (!codes) throw parameterProblem(`Unknown ICMP code \`${text}'`);
    code = codes.range;
    rest = codes.rest;
  }
  if (rest !== "") throw parameterProblem(`unknown character ${rest[0]}`);
  if (types.range[0] !== types.range[1]) throw parameterProblem("ICMP type range not supported");
  return { type: types.range[0], code };
}
