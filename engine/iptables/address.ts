// ip-num's BinaryUtils alone: its index also loads IPNumber.js, whose static ranges compile an IPv6
// regular expression of some 3 KB at load, 20–30 ms of every netplay start.
import { cidrPrefixToMaskBinaryString, parseBinaryStringToBigInt } from "ip-num/dist/src/BinaryUtils";
import type { IPNumType } from "ip-num/dist/src/IPNumType";
import { parameterProblem } from "./errors";
import { hostAddress } from "./hosts";
import { strtoul, strtouiInRange } from "./numbers";
import type { AddrMask } from "../netfilter/rule";

/** ip-num's IPNumType.IPv4, a const enum that isolated modules cannot read. */
const IPV4 = "IPv4" as IPNumType.IPv4;

/** Prefix length → netmask, computed once with ip-num for /0 … /32; the hot paths use the table. */
const PREFIX_MASKS: readonly number[] = Array.from({ length: 33 }, (_, len) =>
  Number(parseBinaryStringToBigInt(cidrPrefixToMaskBinaryString(len, IPV4))),
);

export const prefixMask = (len: number): number => PREFIX_MASKS[len] ?? 0;

/** The prefix length of a contiguous mask, or -1 (printed then as a dotted mask). */
export function maskLength(mask: number): number {
  const len = PREFIX_MASKS.indexOf(mask >>> 0);
  return len;
}

export function formatAddr(addr: number): string {
  return `${addr >>> 24}.${(addr >>> 16) & 255}.${(addr >>> 8) & 255}.${addr & 255}`;
}

const DOT = 46;
const ZERO = 48;
const NINE = 57;

/** inet_pton(AF_INET): exactly four decimal parts 0–255 without leading zeros, nothing else. */
export function inetPton(text: string): number | undefined {
  let addr = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === DOT) {
      if (digits === 0 || dots === 3) return undefined;
      addr = addr * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (ch >= ZERO && ch <= NINE) {
      if (digits > 0 && part === 0) return undefined;
      part = part * 10 + (ch - ZERO);
      if (part > 255) return undefined;
      digits++;
    } else return undefined;
  }
  return dots === 3 && digits > 0 ? addr * 256 + part : undefined;
}

/**
 * iptables' own dotted parser (__numeric_to_ipaddr): up to four parts, each 0–255 in C notation;
 * fewer parts fill the rest with zeros ("10.1" is 10.1.0.0), unlike inet_aton.
 */
export function numericToAddr(text: string, isMask = false): number | undefined {
  // What inet_pton reads (the usual "a.b.c.d") this reads alike: no need to split it up.
  const plain = inetPton(text);
  if (plain !== undefined) return plain;
  const parts = text.slice(0, 19).split(".");
  if (parts.length > 4 || (isMask && parts.length !== 4)) return undefined;
  let addr = 0;
  for (let i = 0; i < 4; i++) {
    const part = parts[i];
    const byte = part === undefined ? 0 : strtouiInRange(part, 0, 255);
    if (byte === undefined) return undefined;
    addr = addr * 256 + byte;
  }
  return addr;
}

/** inet_aton(3), which getaddrinfo falls back to for a "host name": "0x0a000001", "167772161", "10.257". */
function inetAton(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((p) => !/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(p))) return undefined;
  const values = parts.map((p) => strtoul(p));
  if (values.some((v) => v === undefined)) return undefined;
  const nums = values as number[];
  const last = nums[nums.length - 1]!;
  const head = nums.slice(0, -1);
  if (head.some((v) => v > 255) || last >= 2 ** (8 * (4 - head.length))) return undefined;
  return head.reduce((acc, v, i) => acc + v * 2 ** (8 * (3 - i)), 0) + last;
}

function parseHost(text: string): number {
  const addr = numericToAddr(text, false) ?? inetAton(text) ?? hostAddress(text);
  if (addr === undefined) throw parameterProblem(`host/network \`${text}' not found`);
  return addr;
}

function parseMask(text: string | undefined): number {
  if (text === undefined) return 0xffffffff;
  if (text.includes(".")) {
    const mask = numericToAddr(text, true);
    if (mask === undefined) throw parameterProblem(`host/network \`${text}' not found`);
    return mask;
  }
  const len = strtouiInRange(text, 0, 32);
  if (len === undefined) throw parameterProblem(`invalid mask \`${text}' specified`);
  return prefixMask(len);
}

/** xtables_ipparse_multiple: "a[/m],b[/m]…" → one address/mask each, host bits cleared. */
export function parseAddressList(text: string): AddrMask[] {
  return text.includes(",") ? text.split(",").map(parseAddress) : [parseAddress(text)];
}

function parseAddress(item: string): AddrMask {
  const slash = item.lastIndexOf("/");
  const host = slash < 0 ? item : item.slice(0, slash);
  const mask = parseMask(slash < 0 ? undefined : item.slice(slash + 1));
  // As in iptables, a zero mask ignores the name: "any/0" is 0.0.0.0/0.
  const addr = mask === 0 ? 0 : parseHost(host);
  return { addr: (addr & mask) >>> 0, mask };
}

/** "a.b.c.d/len", or with a dotted mask when it is not contiguous (as -S and -L -n print it). */
export function formatAddrMask({ addr, mask }: AddrMask): string {
  const len = maskLength(mask);
  return `${formatAddr(addr)}/${len >= 0 ? len : formatAddr(mask)}`;
}
