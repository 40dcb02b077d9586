import { parseIpv4 } from "../route/ipv4";
import { dockerErrors } from "./errors";
import type { PortBinding } from "./state";

/** Docker's range for host ports it chooses itself (the kernel's ephemeral range). */
export const DYNAMIC_PORTS: readonly [number, number] = [32768, 60999];

/** `80` or `8000-8001`, as nat.ParsePortRange reads it. */
function portRange(text: string | undefined): [number, number] | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text ?? "");
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2] ?? match[1]);
  return start <= end && end <= 65535 ? [start, end] : undefined;
}

/**
 * `-p [IP:][HOSTPORT[-END]:]CTRPORT[-END][/tcp|udp]` (nat.ParsePortSpec): one binding per container
 * port, host ports paired in order. No host port, or a host range for one container port: Docker
 * chooses a free one (`freePort` over that range, besides the ones this spec already took).
 */
export function parsePublish(
  spec: string,
  freePort: (range: readonly [number, number], taken: readonly number[]) => number,
): PortBinding[] {
  const slash = spec.lastIndexOf("/");
  const proto = slash < 0 ? "tcp" : spec.slice(slash + 1);
  const parts = (slash < 0 ? spec : spec.slice(0, slash)).split(":");
  if (proto !== "tcp" && proto !== "udp") throw dockerErrors.invalidPort(spec);
  const [ctrText, hostText, hostIp = ""] = [...parts].reverse();
  const ctr = portRange(ctrText);
  const host = hostText === undefined || hostText === "" ? undefined : portRange(hostText);
  if (parts.length > 3 || !ctr || (hostText && !host) || (hostIp !== "" && parseIpv4(hostIp) === undefined))
    throw dockerErrors.invalidPort(spec);
  const count = ctr[1] - ctr[0];
  if (host && host[1] - host[0] !== count && count !== 0)
    throw dockerErrors.invalidPortRanges(ctrText!, hostText!);
  const bindings: PortBinding[] = [];
  for (let i = 0; i <= count; i++) {
    const taken = bindings.map((b) => b.hostPort);
    const hostPort = !host
      ? freePort(DYNAMIC_PORTS, taken)
      : host[0] === host[1] || count > 0
        ? host[0] + i
        : freePort(host, taken);
    // The CLI splits a range published on a range into one entry per port (nat.ParsePortSpec).
    const requestedPort = !host ? "" : count > 0 ? String(hostPort) : hostText!;
    bindings.push({
      proto,
      hostIp: hostIp === "0.0.0.0" ? "" : hostIp,
      hostPort,
      containerPort: ctr[0] + i,
      requested: { hostIp, hostPort: requestedPort },
    });
  }
  return bindings;
}
