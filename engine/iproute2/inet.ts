import { ipErrors } from "./errors";

/** Addresses and prefixes as iproute2's get_addr/get_prefix read them ("10/8", "default", "0x0a.1"). */

/** get_addr_ipv4: up to four strtoul(…, 0) parts; missing trailing parts are zero. */
export function readIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    const n = /^0x[0-9a-f]+$/i.test(part)
      ? parseInt(part, 16)
      : /^0[0-7]*$/.test(part)
        ? parseInt(part, 8)
        : /^[1-9]\d*$/.test(part)
          ? Number(part)
          : NaN;
    if (!(n <= 255)) return undefined;
    bytes.push(n);
  }
  while (bytes.length < 4) bytes.push(0);
  return bytes.reduce((acc, b) => acc * 256 + b, 0);
}

export interface Prefix {
  readonly addr: number;
  readonly len: number;
  /** The length was written ("/24"), as opposed to implied. */
  readonly explicit: boolean;
}

/** get_prefix: ADDR[/LEN]; "default"/"any"/"all" are 0/0 when allowed. */
export function readPrefix(text: string, allowDefault: boolean): Prefix | undefined {
  if (allowDefault && (text === "default" || text === "any" || text === "all"))
    return { addr: 0, len: 0, explicit: true };
  const [addrText = "", lenText, extra] = text.split("/");
  if (extra !== undefined) return undefined;
  const addr = readIpv4(addrText);
  if (addr === undefined) return undefined;
  if (lenText === undefined) return { addr, len: 32, explicit: false };
  if (!/^\d+$/.test(lenText) || Number(lenText) > 32) return undefined;
  return { addr, len: Number(lenText), explicit: true };
}

export function prefixOrFail(text: string, allowDefault: boolean): Prefix {
  const prefix = readPrefix(text, allowDefault);
  if (!prefix) throw ipErrors.invalidPrefix(text);
  return prefix;
}

export function addressOrFail(text: string): number {
  const addr = readIpv4(text);
  if (addr === undefined) throw ipErrors.invalidAddress(text);
  return addr;
}
