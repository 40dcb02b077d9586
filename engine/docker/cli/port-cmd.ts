import { findContainer } from "../container";
import { DockerError, dockerErrors } from "../errors";
import { parseFlags } from "../flags";
import type { Host } from "../host";
import type { Out } from "./out";

/** sortorder.NaturalLess: runs of digits compare as numbers, the rest byte by byte. */
function naturalLess(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const [x, y] = [chunks(a), chunks(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!];
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q) && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (cli/command/container/port.go): every published
 * port as `80/tcp -> 0.0.0.0:8081`, or the host addresses of one, naturally sorted. A stopped
 * container has none.
 */
export function dockerPort(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker port", argv, [], true);
  const [ref, wanted] = flags.args;
  if (ref === undefined || flags.args.length > 2)
    throw dockerErrors.usage(
      "docker port",
      `"docker port" requires at least 1 and at most 2 arguments.\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nList port mappings or a specific mapping for the container`,
    );
  const container = findContainer(host, ref);
  if (!container) throw dockerErrors.noSuchContainer(ref);
  const ports = container.state === "running" ? container.ports : [];
  const hostSide = (p: (typeof ports)[number]) => `${p.hostIp || "0.0.0.0"}:${p.hostPort}`;
  let lines: string[];
  if (wanted === undefined) lines = ports.map((p) => `${p.containerPort}/${p.proto} -> ${hostSide(p)}`);
  else {
    const [port = "", proto = "tcp"] = wanted.split("/");
    const number = /^\d+$/.test(port) ? Number(port) : NaN;
    if (!(number <= 65535))
      throw new DockerError(
        `Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${/^\d+$/.test(port) ? "value out of range" : "invalid syntax"}\n`,
      );
    lines = ports.filter((p) => p.containerPort === number && p.proto === proto).map(hostSide);
    if (lines.length === 0) throw new DockerError(`Error: No public port '${wanted}' published for ${ref}\n`);
  }
  out.stdout(
    [...lines]
      .sort(naturalLess)
      .map((l) => `${l}\n`)
      .join(""),
  );
  return 0;
}
