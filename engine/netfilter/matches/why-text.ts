import { formatAddr, formatAddrMask } from "../../iptables/address";
import type { AddrMask } from "../rule";
import type { Packet } from "../../stack/packet";

/**
 * The trace's words for a failed test: `<option> <packet's value> <relation> <rule's value>`. The
 * relation is the one that holds, so a failed `!` test reads `=` or `∈` and a plain one `≠` or `∉`.
 */
const relation = (set: boolean, inverted: boolean) => (set ? (inverted ? "∈" : "∉") : inverted ? "=" : "≠");

const ALL_ONES = 0xffffffff;

/** `src 10.0.0.5 ∉ 10.1.0.0/16`, `dst 10.0.0.5 ≠ 10.0.0.6`. */
export function addrWhy(option: string, addr: number, test: AddrMask, inverted: boolean): string {
  const host = test.mask >>> 0 === ALL_ONES;
  const rule = host ? formatAddr(test.addr) : formatAddrMask(test);
  return `${option} ${formatAddr(addr)} ${relation(!host, inverted)} ${rule}`;
}

/** `dport 8081 ≠ 80`, `sport 22 ∉ 1024:65535`. */
export function rangeWhy(option: string, value: number, min: number, max: number, inverted: boolean): string {
  const single = min === max;
  return `${option} ${value} ${relation(!single, inverted)} ${single ? min : `${min}:${max}`}`;
}

/** `ctstate NEW ∉ RELATED,ESTABLISHED`: the packet's value against a set the rule lists. */
export const setWhy = (option: string, value: string, set: string, inverted: boolean): string =>
  `${option} ${value} ${relation(true, inverted)} ${set}`;

/** `in eth1 ≠ eth0`: a value against one the rule names. */
export const valueWhy = (option: string, value: string, rule: string, inverted: boolean): string =>
  `${option} ${value} ${relation(false, inverted)} ${rule}`;

/** Why a port or type match could not read its header: a later fragment, or another protocol. */
export const headerWhy = (proto: string, packet: Packet): string =>
  `${packet.fragOffset !== 0 ? `frag offset ${packet.fragOffset}: ` : ""}no ${proto} header`;
