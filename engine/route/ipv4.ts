/** IPv4 numbers as the kernel keeps them (host order here): parsing, printing and prefix arithmetic. */

/** The mask of a prefix length, as an unsigned number (inet_make_mask). */
export const prefixMask = (len: number): number => (len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);

/** The network of an address under a prefix length. */
export const networkOf = (addr: number, len: number): number => (addr & prefixMask(len)) >>> 0;

/** The directed broadcast of an address's subnet. */
export const broadcastOf = (addr: number, len: number): number => (addr | ~prefixMask(len)) >>> 0;

/** Whether `addr` is inside `dst/len`. */
export const inPrefix = (addr: number, dst: number, len: number): boolean =>
  networkOf(addr, len) === networkOf(dst, len);

export function formatIpv4(addr: number): string {
  return [addr >>> 24, (addr >>> 16) & 0xff, (addr >>> 8) & 0xff, addr & 0xff].join(".");
}

/** Strict dotted quad, as inet_pton(AF_INET) takes it; undefined otherwise. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let addr = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    addr = addr * 256 + Number(part);
  }
  return addr;
}

export const isLoopback = (addr: number): boolean => addr >>> 24 === 127;
export const isMulticast = (addr: number): boolean => addr >>> 28 === 0xe;
export const isZeronet = (addr: number): boolean => addr >>> 24 === 0;
export const LIMITED_BROADCAST = 0xffffffff;
