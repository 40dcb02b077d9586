import { nextU32, type Rng } from "../rng";

/** MAC addresses: random ones as eth_random_addr() makes them, and the EUI-64 link-local they give. */

const hex2 = (n: number) => n.toString(16).padStart(2, "0");

/** A random locally administered unicast MAC (eth_random_addr: clear multicast, set local bits). */
export function randomMac(rng: Rng): string {
  const a = nextU32(rng);
  const b = nextU32(rng);
  const bytes = [(a >>> 24) & 0xfe, a >>> 16, a >>> 8, a, b >>> 24, b >>> 16].map((x) => x & 0xff);
  bytes[0] = (bytes[0] ?? 0) | 0x02;
  return bytes.map(hex2).join(":");
}

/** "aa:bb:cc:dd:ee:ff" in any case, as ll_addr_a2n accepts it for Ethernet (one or two hex digits a part). */
export function parseMac(text: string): string | undefined {
  const parts = text.split(":");
  if (parts.length !== 6 || !parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return parts.map((p) => hex2(parseInt(p, 16))).join(":");
}

export const ZERO_MAC = "00:00:00:00:00:00";

/** Compares two MACs as memcmp does (the bridge takes its lowest port's). */
export const compareMac = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sixteen-bit groups printed as inet_ntop(AF_INET6) prints them: the longest zero run (2+) as "::". */
export function formatIpv6(groups: readonly number[]): string {
  let best = { start: -1, len: 1 };
  for (let i = 0; i < groups.length;) {
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > best.len) best = { start: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const text = groups.map((g) => g.toString(16));
  if (best.start < 0) return text.join(":");
  const head = text.slice(0, best.start).join(":");
  const tail = text.slice(best.start + best.len).join(":");
  return `${head}::${tail}`;
}

/** The fe80::/64 address addrconf derives from a MAC (EUI-64, universal/local bit flipped). */
export function linkLocalOf(mac: string): string {
  const b = mac.split(":").map((p) => parseInt(p, 16));
  const byte = (i: number) => b[i] ?? 0;
  return formatIpv6([
    0xfe80,
    0,
    0,
    0,
    ((byte(0) ^ 0x02) << 8) | byte(1),
    (byte(2) << 8) | 0xff,
    0xfe00 | byte(3),
    (byte(4) << 8) | byte(5),
  ]);
}
