import { networkSettingsPorts } from "../port-map";
import type { Container } from "../state";
import { joinHostPort } from "./host-port";

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

/** The API's port list (daemon/list.go): one entry per binding in NetworkSettings.Ports, or per bare port. */
function apiPorts(c: Container): ApiPort[] {
  return [...networkSettingsPorts(c)].flatMap(([key, bindings]): ApiPort[] => {
    const [port = "", type = ""] = key.split("/");
    if (bindings === null) return [{ ip: "", privatePort: Number(port), publicPort: 0, type }];
    return bindings.map((b) => ({
      ip: b.hostIp,
      privatePort: b.containerPort,
      publicPort: b.hostPort,
      type: b.proto,
    }));
  });
}

/** `443/tcp`, `8000-8002/tcp`, or `127.0.0.1:9000->9000/tcp` for a port published on its own number. */
function formGroup(key: string, first: number, last: number, brackets: boolean): string {
  const [ip, type] = key.includes("/") ? key.split("/") : ["", key];
  const range = first === last ? `${first}` : `${first}-${last}`;
  return `${ip ? `${joinHostPort(ip, range, brackets)}->${range}` : range}/${type}`;
}

/**
 * The PORTS column (cli/command/formatter DisplayablePorts): sorted by container port, address,
 * host port, protocol; ports published on another number listed last as `IP:HOST->CTR/proto`;
 * exposed ports, and ports published on their own number, grouped into consecutive ranges. An
 * IPv6 address is bracketed where the version's CLI does (`brackets`).
 */
export function psPorts(c: Container, brackets: boolean): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of apiPorts(c).sort(comparePorts)) {
    const current = port.privatePort;
    let key = port.type;
    if (port.ip !== "") {
      if (port.publicPort !== current) {
        hostMappings.push(
          `${joinHostPort(port.ip, String(port.publicPort), brackets)}->${current}/${port.type}`,
        );
        continue;
      }
      key = `${port.ip}/${port.type}`;
    }
    const group = groups.get(key);
    if (group && current === group.last + 1) group.last = current;
    else {
      if (group) result.push(formGroup(key, group.first, group.last, brackets));
      // A Map keeps the order its keys were first set in, as groupMapKeys does.
      groups.set(key, { first: current, last: current });
    }
  }
  for (const [key, { first, last }] of groups) result.push(formGroup(key, first, last, brackets));
  return [...result, ...hostMappings].join(", ");
}
