/** What `docker inspect` prints: Go's json.MarshalIndent with four spaces, and RFC 3339 times. */
export const inspectJson = (objects: readonly unknown[]): string => `${JSON.stringify(objects, null, 4)}\n`;

/** time.RFC3339Nano in UTC: fractional seconds without trailing zeros. */
export function rfc3339(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-26T18:00:00.000Z
  const [whole, fraction] = iso.slice(0, -1).split(".");
  const nanos = `${fraction}000000`.replace(/0+$/, "");
  return `${whole}${nanos ? `.${nanos}` : ""}Z`;
}

export const mapObject = (map: ReadonlyMap<string, string>): Record<string, string> =>
  Object.fromEntries(map);
