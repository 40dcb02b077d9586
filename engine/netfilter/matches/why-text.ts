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

/**
 * A port option as the trace names it (`dport`), with the packet's side of its text (`dport 9999 `)
 * kept from the last time: every rule one walk tries sees the same packet, so a walk makes it once.
 */
export interface PortOption {
  readonly name: string;
  port: number;
  side: string;
}

export const portOption = (name: string): PortOption => ({ name, port: -1, side: "" });

function packetSide(option: PortOption, port: number): string {
  if (option.port !== port) {
    option.port = port;
    option.side = `${option.name} ${port} `;
  }
  return option.side;
}

/**
 * The rule's side, made once since rules never change: `≠ 80` (`= 80` after `!`) in a table by
 * port, made on first use; `∉ 1024:65535` (`∈` after `!`) by min · 65536 + max. A Map is much
 * slower than the table for the single ports most rules name.
 */
const singleSides: [string[] | undefined, string[] | undefined] = [undefined, undefined];
const rangeSides = [new Map<number, string>(), new Map<number, string>()] as const;

const portTable = () => Array.from({ length: 65536 }, (): string | undefined => undefined) as string[];

function ruleSide(min: number, max: number, inverted: boolean): string {
  const i = inverted ? 1 : 0;
  if (min === max) return ((singleSides[i] ??= portTable())[min] ??= `${relation(false, inverted)} ${min}`);
  const key = min * 65536 + max;
  let side = rangeSides[i].get(key);
  if (side === undefined) rangeSides[i].set(key, (side = `${relation(true, inverted)} ${min}:${max}`));
  return side;
}

/**
 * rangeWhy's words for a port. A long chain's rules may all fail on their ports, so the text is the
 * two kept sides joined: one small string, no number formatting.
 */
export const portWhy = (option: PortOption, port: number, min: number, max: number, inverted: boolean) =>
  packetSide(option, port) + ruleSide(min, max, inverted);

/** `ctstate NEW ∉ RELATED,ESTABLISHED`: the packet's value against a set the rule lists. */
export const setWhy = (option: string, value: string, set: string, inverted: boolean): string =>
  `${option} ${value} ${relation(true, inverted)} ${set}`;

/** `in eth1 ≠ eth0`: a value against one the rule names. */
export const valueWhy = (option: string, value: string, rule: string, inverted: boolean): string =>
  `${option} ${value} ${relation(false, inverted)} ${rule}`;

/** Why a port or type match could not read its header: a later fragment, or another protocol. */
export const headerWhy = (proto: string, packet: Packet): string =>
  `${packet.fragOffset !== 0 ? `frag offset ${packet.fragOffset}: ` : ""}no ${proto} header`;
