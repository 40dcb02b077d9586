import { imageOf } from "../images";
import type { Container } from "../state";

/** One entry of the API's port list: a published binding (with IP), or an exposed port alone. */
interface ApiPort {
  readonly ip: string;
  readonly privatePort: number;
  readonly publicPort: number;
  readonly type: string;
}

function comparePorts(a: ApiPort, b: ApiPort): number {
  if (a.privatePort !== b.privatePort) return a.privatePort - b.privatePort;
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  if (a.publicPort !== b.publicPort) return a.publicPort - b.publicPort;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

/** `443/tcp`, `8000-8002/tcp`, or `127.0.0.1:9000->9000/tcp` for a port published on its own number. */
function formGroup(key: string, first: number, last: number): string {
  const [ip, type] = key.includes("/") ? key.split("/") : ["", key];
  const range = first === last ? `${first}` : `${first}-${last}`;
  return `${ip ? `${ip}:${range}->${range}` : range}/${type}`;
}

/**
 * The PORTS column (cli/command/formatter DisplayablePorts): sorted by container port, address,
 * host port, protocol; ports published on another number listed last as `IP:HOST->CTR/proto`;
 * exposed ports, and ports published on their own number, grouped into consecutive ranges.
 */
export function psPorts(c: Container): string {
  if (c.state !== "running") return "";
  const published: ApiPort[] = c.ports.map((p) => ({
    ip: p.hostIp || "0.0.0.0",
    privatePort: p.containerPort,
    publicPort: p.hostPort,
    type: p.proto,
  }));
  const exposed: ApiPort[] = imageOf(c.image)
    .exposed.map((e) => {
      const [port, type = "tcp"] = e.split("/");
      return { ip: "", privatePort: Number(port), publicPort: 0, type };
    })
    .filter((e) => !published.some((p) => p.privatePort === e.privatePort && p.type === e.type));
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of [...published, ...exposed].sort(comparePorts)) {
    const current = port.privatePort;
    let key = port.type;
    if (port.ip !== "") {
      if (port.publicPort !== current) {
        hostMappings.push(`${port.ip}:${port.publicPort}->${current}/${port.type}`);
        continue;
      }
      key = `${port.ip}/${port.type}`;
    }
    const group = groups.get(key);
    if (group && current === group.last + 1) group.last = current;
    else {
      if (group) result.push(formGroup(key, group.first, group.last));
      // A Map keeps the order its keys were first set in, as groupMapKeys does.
      groups.set(key, { first: current, last: current });
    }
  }
  for (const [key, { first, last }] of groups) result.push(formGroup(key, first, last));
  return [...result, ...hostMappings].join(", ");
}
