/**
 * Round-trip times in the playground. A real RTT is noise; here it is a fixed 40 µs, plus 20 µs for
 * each router on the way (64, Linux's default TTL, minus the TTL the answer arrived with), so that
 * outputs replay byte for byte and still show that farther hosts take longer.
 */
export function roundTripUs(replyTtl: number): number {
  return 40 + 20 * Math.max(0, 64 - replyTtl);
}

/** "%ld.%03ld": microseconds as milliseconds with three decimals, as ping and nping print them. */
export function formatMs(us: number): string {
  return `${Math.floor(us / 1000)}.${String(Math.floor(us % 1000)).padStart(3, "0")}`;
}

/** Seconds from a command-line option ("1", "0.2"); undefined unless a non-negative number. */
export function parseSeconds(text: string): number | undefined {
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}
