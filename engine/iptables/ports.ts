import { parameterProblem } from "./errors";
import { serviceByName, serviceName } from "./netdb";
import { strtouiInRange } from "./numbers";

/** xtables_parse_port: a number 0–65535 in C notation or a service name from /etc/services. */
export function parsePort(text: string, proto = "tcp"): number {
  const port = strtouiInRange(text, 0, 65535) ?? serviceByName(text, proto);
  if (port === undefined) throw parameterProblem(`invalid port/service \`${text}' specified`);
  return port;
}

/** A "min:max" range as tcp and udp parse it: an empty side is 0 or 65535. */
export function parsePortRange(text: string, proto = "tcp"): [number, number] {
  const colon = text.indexOf(":");
  if (colon < 0) {
    const port = parsePort(text, proto);
    return [port, port];
  }
  const lo = text.slice(0, colon);
  const hi = text.slice(colon + 1);
  const range: [number, number] = [lo ? parsePort(lo, proto) : 0, hi ? parsePort(hi, proto) : 65535];
  if (range[0] > range[1]) throw parameterProblem("invalid portrange (min > max)");
  return range;
}

/** A port as -L prints it: the service name unless -n or there is none. */
export function portText(port: number, numeric: boolean, proto = "tcp"): string {
  return (numeric ? undefined : serviceName(port, proto)) ?? String(port);
}
