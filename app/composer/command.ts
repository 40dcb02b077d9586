/** How the composer sends: the tool a user would type for it. */
export type Probe = "http" | "tcp" | "udp" | "icmp";

export interface Composition {
  /** A namespace, or a container's name. */
  readonly from: string;
  /** "198.18.5.130:80", or an address alone for icmp. */
  readonly to: string;
  readonly probe: Probe;
  /** The source port to bind (curl --local-port, nc -p); the kernel picks one when absent. */
  readonly sport?: number;
}

/** Splits "addr:port"; the port is undefined when absent. */
function target(to: string): { host: string; port?: string } {
  const m = /^(.*):(\d+)$/.exec(to.trim());
  return m ? { host: m[1]!, port: m[2]! } : { host: to.trim() };
}

/** How a command reaches the sender: as it is on the host, through docker exec or ip netns exec. */
function prefix(from: string, containers: ReadonlySet<string>): string {
  if (from === "host") return "";
  return containers.has(from) ? `docker exec ${from} ` : `ip netns exec ${from} `;
}

/**
 * The command line the composer sends, or an error to show instead. Every packet the app sends goes
 * through the shell as this line, so it lands in the history like anything typed. `containers`
 * names the running containers, reached with docker exec.
 */
export function commandFor(
  c: Composition,
  containers: ReadonlySet<string> = new Set(),
): { line: string } | { error: string } {
  const { host, port } = target(c.to);
  if (host === "" || /\s/.test(host)) return { error: "Give an address, e.g. 198.18.5.130:80" };
  if (c.probe !== "icmp" && port === undefined) return { error: "Give a port, e.g. 198.18.5.130:80" };
  const run = prefix(c.from, containers);
  switch (c.probe) {
    case "http": {
      const local = c.sport === undefined ? "" : ` --local-port ${c.sport}`;
      return { line: `${run}curl -s -m 2${local} http://${host}${port === "80" ? "" : `:${port}`}/` };
    }
    case "tcp":
    case "udp": {
      const flags = `${c.probe === "udp" ? "-u " : ""}-z -w 2${c.sport === undefined ? "" : ` -p ${c.sport}`}`;
      return { line: `${run}nc ${flags} ${host} ${port}` };
    }
    case "icmp":
      return { line: `${run}ping -c 1 ${host}` };
  }
}
