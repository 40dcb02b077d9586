/** How the composer sends: the tool a user would type for it. */
export type Probe = "http" | "tcp" | "udp" | "icmp";

export interface Composition {
  readonly from: string;
  /** "198.18.5.130:80", or an address alone for icmp. */
  readonly to: string;
  readonly probe: Probe;
}

/** Splits "addr:port"; the port is undefined when absent. */
function target(to: string): { host: string; port?: string } {
  const m = /^(.*):(\d+)$/.exec(to.trim());
  return m ? { host: m[1]!, port: m[2]! } : { host: to.trim() };
}

/**
 * The command line the composer sends, or an error to show instead. Every packet the app sends goes
 * through the shell as this line, so it lands in the history like anything typed.
 */
export function commandFor(c: Composition): { line: string } | { error: string } {
  const { host, port } = target(c.to);
  if (host === "" || /\s/.test(host)) return { error: "Give an address, e.g. 198.18.5.130:80" };
  if (c.probe !== "icmp" && port === undefined) return { error: "Give a port, e.g. 198.18.5.130:80" };
  const prefix = c.from === "host" ? "" : `ip netns exec ${c.from} `;
  switch (c.probe) {
    case "http":
      return { line: `${prefix}curl -s -m 2 http://${host}${port === "80" ? "" : `:${port}`}/` };
    case "tcp":
      return { line: `${prefix}nc -z -w 2 ${host} ${port}` };
    case "udp":
      return { line: `${prefix}nc -u -z -w 2 ${host} ${port}` };
    case "icmp":
      return { line: `${prefix}ping -c 1 ${host}` };
  }
}
