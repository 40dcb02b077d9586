import { findContainer } from "../container";
import { DockerError, dockerErrors } from "../errors";
import { parseFlags } from "../flags";
import type { Host } from "../host";
import { networkSettingsPorts } from "../port-map";
import { PROFILES } from "../profile";
import type { HostBinding } from "../state";
import { joinHostPort } from "./host-port";
import type { Out } from "./out";

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/**
 * sortorder.NaturalLess as a comparator: digits before other characters, runs of digits compared
 * as numbers (fewer leading zeros first on a tie), the rest byte by byte.
 */
function naturalCompare(a: string, b: string): number {
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    const [x, y] = [isDigit(a[i]), isDigit(b[j])];
    if (x !== y) return x ? -1 : 1;
    if (!x) {
      if (a[i] !== b[j]) return a[i]! < b[j]! ? -1 : 1;
      [i, j] = [i + 1, j + 1];
      continue;
    }
    while (a[i] === "0") i++;
    while (b[j] === "0") j++;
    const [from, to] = [i, j];
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    if (i - from !== j - to) return i - from - (j - to);
    const [m, n] = [a.slice(from, i), b.slice(to, j)];
    if (m !== n) return m < n ? -1 : 1;
    if (from !== to) return from - to;
  }
  return a.length - i - (b.length - j);
}

/**
 * `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (cli/command/container/port.go): every published
 * port as `80/tcp -> 0.0.0.0:8081`, or the host addresses of one (IPv6 ones too, `[::]:8081`). A
 * stopped container has none.
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
  const profile = PROFILES[host.daemon.profile];
  const ports = networkSettingsPorts(container);
  const hostSide = (b: HostBinding) => joinHostPort(b.hostIp, String(b.hostPort), profile.bracketsIpv6);
  let lines: string[];
  if (wanted === undefined)
    lines = [...ports].flatMap(([key, bindings]) => (bindings ?? []).map((b) => `${key} -> ${hostSide(b)}`));
  else {
    const slash = wanted.indexOf("/");
    const [port, proto] = slash < 0 ? [wanted, ""] : [wanted.slice(0, slash), wanted.slice(slash + 1)];
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      throw new DockerError(
        `Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${/^\d+$/.test(port) ? "value out of range" : "invalid syntax"}\n`,
      );
    lines = (ports.get(`${port}/${proto || "tcp"}`) ?? []).map(hostSide);
    if (lines.length === 0) throw new DockerError(`Error: No public port '${wanted}' published for ${ref}\n`);
  }
  // 20.10 printed the daemon's order: per port its bindings as bound (Go's map order across ports
  // is random; the playground takes the keys sorted).
  if (profile.sortsPortLines) lines.sort(naturalCompare);
  out.stdout(lines.map((l) => `${l}\n`).join(""));
  return 0;
}
