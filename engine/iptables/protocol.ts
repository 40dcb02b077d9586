import { parameterProblem } from "./errors";
import { protocolByName, protocolName } from "./netdb";
import { strtouiInRange } from "./numbers";

/** libxtables' own protocol names, consulted after /etc/protocols (xtables_chain_protos). */
const CHAIN_PROTOS: readonly (readonly [string, number])[] = [
  ["tcp", 6],
  ["sctp", 132],
  ["udp", 17],
  ["udplite", 136],
  ["icmp", 1],
  ["ipv6-icmp", 58],
  ["icmpv6", 58],
  ["esp", 50],
  ["ah", 51],
  ["ipv6-mh", 135],
  ["mh", 135],
  ["all", 0],
];

/** xtables_parse_protocol: a number 0–255, "all", an /etc/protocols name, or a libxtables name. */
export function parseProtocol(text: string): number {
  const num = strtouiInRange(text, 0, 255);
  if (num !== undefined) return num;
  if (text === "all") return 0;
  const known = protocolByName(text) ?? CHAIN_PROTOS.find(([name]) => name === text)?.[1];
  if (known !== undefined) return known;
  throw parameterProblem(`unknown protocol "${text}" specified`);
}

/** proto_to_name: the name iptables prints for a protocol number, if it has one. */
export function protocolToName(proto: number, noLookup = false): string | undefined {
  if (proto !== 0 && !noLookup) {
    const name = protocolName(proto);
    if (name) return name;
  }
  return CHAIN_PROTOS.find(([, num]) => num === proto)?.[0];
}
