/**
 * Bob Jenkins' lookup3 hash as include/linux/jhash.h has it (jhash2 over u32 words). NAT uses it
 * unkeyed to spread connections over an address range, so the same inputs pick the same address as
 * on a real kernel.
 */

const JHASH_INITVAL = 0xdeadbeef;

const rol32 = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/** jhash2(k, length, initval): every word and the result unsigned 32-bit. */
export function jhash2(k: readonly number[], initval: number): number {
  let length = k.length;
  let a = (JHASH_INITVAL + (length << 2) + initval) >>> 0;
  let b = a;
  let c = a;
  let i = 0;
  while (length > 3) {
    a = (a + k[i]!) >>> 0;
    b = (b + k[i + 1]!) >>> 0;
    c = (c + k[i + 2]!) >>> 0;
    // __jhash_mix
    a = ((a - c) ^ rol32(c, 4)) >>> 0;
    c = (c + b) >>> 0;
    b = ((b - a) ^ rol32(a, 6)) >>> 0;
    a = (a + c) >>> 0;
    c = ((c - b) ^ rol32(b, 8)) >>> 0;
    b = (b + a) >>> 0;
    a = ((a - c) ^ rol32(c, 16)) >>> 0;
    c = (c + b) >>> 0;
    b = ((b - a) ^ rol32(a, 19)) >>> 0;
    a = (a + c) >>> 0;
    c = ((c - b) ^ rol32(b, 4)) >>> 0;
    b = (b + a) >>> 0;
    length -= 3;
    i += 3;
  }
  if (length === 0) return c;
  if (length === 3) c = (c + k[i + 2]!) >>> 0;
  if (length >= 2) b = (b + k[i + 1]!) >>> 0;
  a = (a + k[i]!) >>> 0;
  // __jhash_final
  c = ((c ^ b) - rol32(b, 14)) >>> 0;
  a = ((a ^ c) - rol32(c, 11)) >>> 0;
  b = ((b ^ a) - rol32(a, 25)) >>> 0;
  c = ((c ^ b) - rol32(b, 16)) >>> 0;
  a = ((a ^ c) - rol32(c, 4)) >>> 0;
  b = ((b ^ a) - rol32(a, 14)) >>> 0;
  c = ((c ^ b) - rol32(b, 24)) >>> 0;
  return c;
}

/** reciprocal_scale: maps a 32-bit hash onto [0, range) without a division. */
export function reciprocalScale(value: number, range: number): number {
  // (value * range) >> 32, split in 16-bit halves so that no step loses precision.
  const r = range >>> 0;
  const high = (value >>> 16) * r;
  const low = (value & 0xffff) * r;
  return Math.floor((high + Math.floor(low / 0x10000)) / 0x10000);
}

/** A be32 address as an x86 kernel reads it as a u32 (byte-swapped). */
export const rawBe32 = (addr: number): number =>
  (((addr & 0xff) << 24) | ((addr & 0xff00) << 8) | ((addr >>> 8) & 0xff00) | (addr >>> 24)) >>> 0;
