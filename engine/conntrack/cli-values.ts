import { prefixMask } from "../iptables/address";
import type { AddrFilter } from "./cli-filter";

/** Value parsers of conntrack(8)'s options, with C library semantics (inet_aton, strtoul, atoi). */

/** strtoul(s, &end, 0) over the longest valid prefix; garbage gives 0, as conntrack never checks `end`. */
export function strtoul(text: string): number {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(text);
  if (!m) return 0;
  const digits = m[2]!;
  const base = /^0[xX]/.test(digits) ? 16 : digits.length > 1 && digits.startsWith("0") ? 8 : 10;
  const value = parseInt(base === 16 ? digits.slice(2) : digits, base);
  return (m[1] === "-" ? -value : value) >>> 0;
}

/** atoi, then the 16 bits htons keeps: ports. */
export function atoiU16(text: string): number {
  const m = /^\s*([+-]?\d+)/.exec(text);
  return m ? Number(m[1]) & 0xffff : 0;
}

/** inet_aton: one to four numbers (decimal, 0octal, 0xhex); the last fills the remaining bytes. */
function inetAton(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    if (!/^(0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$/.test(part)) return undefined;
    values.push(strtoul(part));
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255) || last >= 2 ** (8 * (4 - values.length))) return undefined;
  return values.reduce((acc, v, i) => acc + v * 2 ** (24 - 8 * i), last) >>> 0;
}

/** An address option's value, `ADDR[/LEN]`: an error text on failure. */
export function parseAddrOption(text: string): AddrFilter | string {
  const slash = text.indexOf("/");
  const host = slash < 0 ? text : text.slice(0, slash);
  const family = host.includes(":") ? 6 : 4;
  const addr = family === 4 ? inetAton(host) : 0;
  if (addr === undefined) return `Invalid IP address \`${text}'`;
  if (slash < 0) return { family, addr, mask: 0xffffffff };
  const len = text.slice(slash + 1);
  const max = family === 4 ? 32 : 128;
  if (!/^\d+$/.test(len) || Number(len) > max) return "Invalid netmask";
  return { family, addr, mask: family === 4 ? prefixMask(Number(len)) : 0 };
}
