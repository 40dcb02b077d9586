import { findContainer } from "../container";
import { findNetwork } from "../network";
import { imageOf } from "../images";
import { networkSettingsPorts } from "../port-map";
import { commandOf } from "../process";
import { last, parseFlags } from "../flags";
import { executeTemplate, parseTemplate } from "./template";
import type { Host } from "../host";
import type { Container } from "../state";
import { commandLine, ipText } from "./human";
import { inspectJson, rfc3339 } from "./json";
import { networkJson } from "./network-cmd";
import type { Out } from "./out";

const ZERO_TIME = "0001-01-01T00:00:00Z";

/** Go marshals a map with its keys sorted. */
const sortedKeys = <T>(map: Record<string, T>): Record<string, T> =>
  Object.fromEntries(
    Object.keys(map)
      .sort()
      .map((k) => [k, map[k]!]),
  );

type PortsJson = Record<string, { HostIp: string; HostPort: string }[] | null>;

/** HostConfig.PortBindings: each `-p` as given, address and port "" where it left them out. */
function portBindingsJson(c: Container): PortsJson {
  const ports: PortsJson = {};
  for (const { containerPort, proto, requested } of c.ports) {
    const key = `${containerPort}/${proto}`;
    ports[key] = [...(ports[key] ?? []), { HostIp: requested.hostIp, HostPort: requested.hostPort }];
  }
  return sortedKeys(ports);
}

/** NetworkSettings.Ports: what the driver bound, on 0.0.0.0 and :: alike, and exposed ports as null. */
function networkPortsJson(c: Container): PortsJson {
  const ports: PortsJson = {};
  for (const [key, bindings] of networkSettingsPorts(c))
    ports[key] = bindings && bindings.map((b) => ({ HostIp: b.hostIp, HostPort: String(b.hostPort) }));
  return ports;
}

/** The parts of `docker inspect CONTAINER` that say how it is wired. */
function containerJson(host: Host, c: Container): unknown {
  const [path, ...args] = commandLine(c);
  const { entrypoint } = imageOf(c.image);
  const running = c.state === "running";
  // A stopped container keeps its networks' configuration; only a running one has an endpoint there.
  const networks: Record<string, unknown> = {};
  for (const id of c.networks) {
    const n = host.daemon.networks.find((x) => x.id === id);
    if (!n) continue;
    const e = c.endpoints.find((x) => x.network === id);
    networks[n.name] = {
      IPAMConfig: c.requestedIp === undefined ? null : { IPv4Address: ipText(c.requestedIp) },
      Links: null,
      Aliases: n.builtin ? null : [c.name, c.id.slice(0, 12)],
      NetworkID: n.id,
      EndpointID: e?.id ?? "",
      Gateway: e ? ipText(n.gateway) : "",
      IPAddress: e ? ipText(e.ip) : "",
      IPPrefixLen: e ? n.prefixLen : 0,
      IPv6Gateway: "",
      GlobalIPv6Address: "",
      GlobalIPv6PrefixLen: 0,
      MacAddress: e?.mac ?? "",
      DriverOpts: null,
    };
  }
  const primary = c.endpoints[0];
  const onDefault =
    primary !== undefined && host.daemon.networks.find((n) => n.id === primary.network)?.builtin;
  const legacy = (value: string | number, empty: string | number) => (onDefault ? value : empty);
  return {
    Id: c.id,
    Created: rfc3339(c.created),
    Path: path ?? "",
    Args: args,
    State: {
      Status: c.state,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: 0,
      ExitCode: c.exitCode,
      Error: "",
      StartedAt: c.startedAt === undefined ? ZERO_TIME : rfc3339(c.startedAt),
      FinishedAt: c.finishedAt === undefined ? ZERO_TIME : rfc3339(c.finishedAt),
    },
    Name: `/${c.name}`,
    HostConfig: {
      NetworkMode: c.networkMode === "bridge" ? "default" : c.networkMode,
      PortBindings: portBindingsJson(c),
      AutoRemove: c.autoRemove,
    },
    // The container's config merges the image's: Cmd and Entrypoint are what it runs.
    Config: {
      Image: c.image,
      Cmd: commandOf(c),
      Entrypoint: entrypoint.length > 0 ? entrypoint : null,
      Labels: Object.fromEntries(c.labels),
    },
    NetworkSettings: {
      Bridge: "",
      SandboxKey: running ? `/var/run/docker/netns/${c.netns}` : "",
      Ports: networkPortsJson(c),
      Gateway: primary
        ? legacy(ipText(host.daemon.networks.find((n) => n.id === primary.network)!.gateway), "")
        : "",
      IPAddress: primary ? legacy(ipText(primary.ip), "") : "",
      IPPrefixLen: primary
        ? legacy(host.daemon.networks.find((n) => n.id === primary.network)!.prefixLen, 0)
        : 0,
      MacAddress: primary ? legacy(primary.mac, "") : "",
      Networks: sortedKeys(networks),
    },
  };
}

/** `docker inspect [-f FORMAT] NAME…`: containers first, then networks, as the CLI searches. */
export function dockerInspect(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker inspect", argv, [{ long: "format", short: "f", value: true }], true);
  const format = last(flags, "format");
  const template = format === undefined ? undefined : parseTemplate(format);
  const found: unknown[] = [];
  let status = 0;
  for (const ref of flags.args) {
    const container = findContainer(host, ref);
    const network = container ? undefined : findNetwork(host, ref);
    if (container) found.push(containerJson(host, container));
    else if (network) found.push(networkJson(host, network));
    else {
      out.stderr(`Error: No such object: ${ref}\n`);
      status = 1;
    }
  }
  if (template) out.stdout(found.map((o) => `${executeTemplate(template, o)}\n`).join(""));
  else out.stdout(inspectJson(found));
  return status;
}
