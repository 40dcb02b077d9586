import { parseIpv4 } from "../route/ipv4";
import { dockerErrors } from "./errors";
import type { PortBinding } from "./state";

/** `-p [IP:][HOSTPORT:]CTRPORT[/tcp|udp]` (nat.ParsePortSpec); no host port: the next free from 32768. */
export function parsePublish(spec: string, freePort: () => number): PortBinding {
  const slash = spec.lastIndexOf("/");
  const proto = slash < 0 ? "tcp" : spec.slice(slash + 1);
  const parts = (slash < 0 ? spec : spec.slice(0, slash)).split(":");
  if (proto !== "tcp" && proto !== "udp") throw dockerErrors.invalidPort(spec);
  const [ctr, hostPort, hostIp] = [...parts].reverse();
  const port = (text: string | undefined) =>
    text && /^\d+$/.test(text) && Number(text) <= 65535 ? Number(text) : NaN;
  const containerPort = port(ctr);
  const host = hostPort === undefined || hostPort === "" ? freePort() : port(hostPort);
  const ip = hostIp ?? "";
  if (
    parts.length > 3 ||
    Number.isNaN(containerPort) ||
    Number.isNaN(host) ||
    (ip !== "" && parseIpv4(ip) === undefined)
  )
    throw dockerErrors.invalidPort(spec);
  return { proto, hostIp: ip === "0.0.0.0" ? "" : ip, hostPort: host, containerPort };
}
