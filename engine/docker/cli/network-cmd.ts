import { parseIpv4 } from "../../route/ipv4";
import { act } from "../daemon";
import { DockerError, dockerErrors } from "../errors";
import { all, has, last, parseFlags, type FlagSpec } from "../flags";
import type { Host } from "../host";
import { connectEndpoint, disconnectEndpoint, findContainer } from "../container";
import { createNetwork, findNetwork, removeNetwork } from "../network";
import type { Network } from "../state";
import { inspectJson, mapObject, rfc3339 } from "./json";
import { eachRef } from "./each-ref";
import { ipText } from "./human";
import { table } from "./table";
import type { Out } from "./out";

/** `docker network create|ls|inspect|rm|connect|disconnect`. */

const CREATE_FLAGS: readonly FlagSpec[] = [
  { long: "driver", short: "d", value: true },
  { long: "subnet", value: true },
  { long: "gateway", value: true },
  { long: "internal", value: false },
  { long: "attachable", value: false },
  { long: "opt", short: "o", value: true },
  { long: "label", value: true },
];

function parseCidr(text: string): { base: number; len: number } {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(text);
  const base = m ? parseIpv4(m[1]!) : undefined;
  if (!m || base === undefined || Number(m[2]) > 32) throw dockerErrors.invalidSubnet(text);
  return { base, len: Number(m[2]) };
}

const keyValues = (pairs: readonly string[]): Map<string, string> =>
  new Map(
    pairs.map((p) => (p.includes("=") ? [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)] : [p, ""])),
  );

function create(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker network create", argv, CREATE_FLAGS, true);
  if (flags.args.length !== 1)
    throw dockerErrors.usage(
      "docker network create",
      `"docker network create" requires exactly 1 argument.\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nCreate a network`,
    );
  const driver = last(flags, "driver") ?? "bridge";
  if (driver !== "bridge") throw dockerErrors.host(`plugin "${driver}" not found`);
  const subnetText = last(flags, "subnet");
  const gatewayText = last(flags, "gateway");
  const gateway = gatewayText === undefined ? undefined : parseIpv4(gatewayText);
  if (gatewayText !== undefined && gateway === undefined)
    throw new DockerError(
      `invalid argument "${gatewayText}" for "--gateway" flag: invalid string being converted to IP address: ${gatewayText}\nSee 'docker network create --help'.\n`,
    );
  const network = act(host, () =>
    createNetwork(host, {
      name: flags.args[0]!,
      ...(subnetText === undefined ? {} : { subnet: parseCidr(subnetText) }),
      ...(gateway === undefined ? {} : { gateway }),
      internal: has(flags, "internal"),
      options: keyValues(all(flags, "opt")),
      labels: keyValues(all(flags, "label")),
    }),
  );
  out.stdout(`${network.id}\n`);
  return 0;
}

function ls(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags(
    "docker network ls",
    argv,
    [
      { long: "quiet", short: "q", value: false },
      { long: "no-trunc", value: false },
    ],
    true,
  );
  const full = has(flags, "no-trunc");
  const rows = [
    ...host.daemon.networks.map((n) => ({ id: n.id, name: n.name, driver: "bridge" })),
    ...host.daemon.pseudoNetworks,
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const id = (text: string) => (full ? text : text.slice(0, 12));
  if (has(flags, "quiet")) out.stdout(rows.map((n) => `${id(n.id)}\n`).join(""));
  else
    out.stdout(
      table([
        ["NETWORK ID", "NAME", "DRIVER", "SCOPE"],
        ...rows.map((n) => [id(n.id), n.name, n.driver, "local"]),
      ]),
    );
  return 0;
}

export function networkJson(host: Host, n: Network): unknown {
  const containers: Record<string, unknown> = {};
  for (const c of host.daemon.containers)
    for (const e of c.endpoints)
      if (e.network === n.id)
        containers[c.id] = {
          Name: c.name,
          EndpointID: e.id,
          MacAddress: e.mac,
          IPv4Address: `${ipText(e.ip)}/${n.prefixLen}`,
          IPv6Address: "",
        };
  return {
    Name: n.name,
    Id: n.id,
    Created: rfc3339(n.created),
    Scope: "local",
    Driver: "bridge",
    EnableIPv6: false,
    IPAM: {
      Driver: "default",
      Options: n.builtin ? null : {},
      Config: [{ Subnet: `${ipText(n.subnet)}/${n.prefixLen}`, Gateway: ipText(n.gateway) }],
    },
    Internal: n.internal,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: "" },
    ConfigOnly: false,
    Containers: containers,
    Options: mapObject(n.options),
    Labels: mapObject(n.labels),
  };
}

function inspect(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker network inspect", argv, [], true);
  const found: unknown[] = [];
  let status = 0;
  for (const ref of flags.args) {
    const n = findNetwork(host, ref);
    if (n) found.push(networkJson(host, n));
    else {
      out.stderr(`Error: No such network: ${ref}\n`);
      status = 1;
    }
  }
  out.stdout(inspectJson(found));
  return status;
}

function rm(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags("docker network rm", argv, [{ long: "force", short: "f", value: false }], true);
  return eachRef(host, flags.args, out, (ref) => {
    if (ref === "host" || ref === "none" || ref === "bridge") throw dockerErrors.builtinNetwork(ref);
    const n = findNetwork(host, ref);
    if (!n) throw dockerErrors.networkNotFound(ref);
    removeNetwork(host, n);
  });
}

function connection(host: Host, argv: readonly string[], out: Out, connect: boolean): number {
  const command = `docker network ${connect ? "connect" : "disconnect"}`;
  const flags = parseFlags(
    command,
    argv,
    [
      { long: "ip", value: true },
      { long: "force", short: "f", value: false },
    ],
    true,
  );
  const [netRef, ctrRef] = flags.args;
  if (flags.args.length !== 2 || !netRef || !ctrRef)
    throw dockerErrors.usage(command, `"${command}" requires exactly 2 arguments.`);
  const network = findNetwork(host, netRef);
  if (!network) throw dockerErrors.networkNotFound(netRef);
  const container = findContainer(host, ctrRef);
  if (!container) throw dockerErrors.noSuchContainer(ctrRef);
  const endpoint = container.endpoints.find((e) => e.network === network.id);
  const configured = container.networks.includes(network.id);
  act(host, () => {
    if (connect) {
      if (configured)
        throw dockerErrors.host(
          `endpoint with name ${container.name} already exists in network ${network.name}`,
        );
      const ipText = last(flags, "ip");
      // A stopped container is only configured: its endpoint comes with its next start.
      if (container.state === "running")
        connectEndpoint(host, container, network, ipText === undefined ? undefined : parseIpv4(ipText));
      container.networks.push(network.id);
    } else {
      if (!configured)
        throw dockerErrors.host(`container ${container.id} is not connected to network ${network.name}`);
      if (endpoint) disconnectEndpoint(host, container, endpoint);
      container.networks.splice(container.networks.indexOf(network.id), 1);
    }
  });
  out.stdout("");
  return 0;
}

export function dockerNetwork(host: Host, argv: readonly string[], out: Out): number {
  const [sub, ...rest] = argv;
  switch (sub) {
    case "create":
      return create(host, rest, out);
    case "ls":
    case "list":
      return ls(host, rest, out);
    case "inspect":
      return inspect(host, rest, out);
    case "rm":
    case "remove":
      return rm(host, rest, out);
    case "connect":
      return connection(host, rest, out, true);
    case "disconnect":
      return connection(host, rest, out, false);
    default:
      throw dockerErrors.usage(
        "docker network",
        `\nUsage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n  create      Create a network\n  disconnect  Disconnect a container from a network\n  inspect     Display detailed information on one or more networks\n  ls          List networks\n  prune       Remove all unused networks\n  rm          Remove one or more networks\n\nRun 'docker network COMMAND --help' for more information on a command.`,
      );
  }
}
