/**
 * The world's one source of randomness (NAT port offsets, MAC addresses, ISNs, `statistic --mode
 * random`). A seeded xorshift32, kept as a plain number in the world so a scenario replays identically.
 */
export interface Rng {
  state: number;
}

export const DEFAULT_SEED = 0x6e657470; // "netp"

export function createRng(seed = DEFAULT_SEED): Rng {
  return { state: seed >>> 0 || DEFAULT_SEED };
}

/** The next unsigned 32-bit number. */
export function nextU32(rng: Rng): number {
  let x = rng.state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  rng.state = x >>> 0;
  return rng.state;
}

/** As the kernel's get_random_u16(). */
export function nextU16(rng: Rng): number {
  return nextU32(rng) & 0xffff;
}
