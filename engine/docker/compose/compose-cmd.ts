import { parseIpv4 } from "../../route/ipv4";
import { readFile } from "../../shell/fs";
import type { Out } from "../cli/out";
import { rfc3339 } from "../cli/json";
import { findContainer, removeContainer, stopContainer } from "../container";
import { act } from "../daemon";
import { DockerError, dockerErrors } from "../errors";
import { has, last, parseFlags } from "../flags";
import type { Host } from "../host";
import { createNetwork, findNetwork, removeNetwork } from "../network";
import { runContainer } from "../run";
import { loadProject, type ComposeNetwork, type ComposeProject } from "./project";

/** `docker compose` (v2) and `docker-compose` (v1): `[-f FILE] [-p NAME] up [-d] | down`. */

type Style = "v1" | "v2";

const PROJECT = "com.docker.compose.project";
const DEFAULT_FILES: Record<Style, readonly string[]> = {
  v1: ["docker-compose.yml", "docker-compose.yaml"],
  v2: ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"],
};

const absolute = (file: string) => (file.startsWith("/") ? file : `/root/${file}`);

/** Progress lines as each version prints them without a terminal (on stderr). */
function progress(
  out: Out,
  style: Style,
  kind: "Network" | "Container",
  name: string,
  verb: string,
  done: string,
): void {
  if (style === "v2") out.stderr(` ${kind} ${name}  ${verb}\n ${kind} ${name}  ${done}\n`);
  else if (kind === "Network") out.stderr(`${verb} network "${name}" with the default driver\n`);
  else out.stderr(`${verb} ${name} ... \n${verb} ${name} ... done\n`);
}

function subnetOf(n: ComposeNetwork): { base: number; len: number } | undefined {
  const m = n.subnet ? /^([\d.]+)\/(\d+)$/.exec(n.subnet) : null;
  const base = m ? parseIpv4(m[1]!) : undefined;
  return m && base !== undefined ? { base, len: Number(m[2]) } : undefined;
}

function up(host: Host, project: ComposeProject, out: Out, style: Style): number {
  for (const n of project.networks) {
    if (findNetwork(host, n.name)) continue;
    const subnet = subnetOf(n);
    const gateway = n.gateway ? parseIpv4(n.gateway) : undefined;
    act(host, () =>
      createNetwork(host, {
        name: n.name,
        ...(subnet ? { subnet } : {}),
        ...(gateway === undefined ? {} : { gateway }),
        internal: n.internal,
        options: n.options,
        labels: new Map([
          [PROJECT, project.name],
          ["com.docker.compose.network", n.key],
        ]),
      }),
    );
    if (style === "v2") progress(out, style, "Network", n.name, "Creating", "Created");
    else progress(out, style, "Network", n.name, "Creating", "");
  }
  for (const s of project.services) {
    const existing = findContainer(host, s.containerName);
    if (existing?.state === "running") {
      out.stderr(
        style === "v2" ? ` Container ${s.containerName}  Running\n` : `${s.containerName} is up-to-date\n`,
      );
      continue;
    }
    const [network, ...others] = s.networks.map((key) => project.networks.find((n) => n.key === key)!);
    runContainer(host, {
      image: s.image,
      cmd: s.cmd,
      name: s.containerName,
      network: network!.name,
      alsoOn: others.map((n) => n.name),
      ports: s.ports,
      autoRemove: false,
      interactive: s.interactive,
      labels: new Map([
        [PROJECT, project.name],
        ["com.docker.compose.service", s.key],
      ]),
    });
    if (style === "v2") {
      progress(out, style, "Container", s.containerName, "Creating", "Created");
      progress(out, style, "Container", s.containerName, "Starting", "Started");
    } else progress(out, style, "Container", s.containerName, "Creating", "");
  }
  return 0;
}

function down(host: Host, project: ComposeProject, out: Out, style: Style): number {
  const mine = host.daemon.containers.filter((c) => c.labels.get(PROJECT) === project.name).reverse();
  for (const c of mine.filter((c) => c.state === "running")) {
    act(host, () => stopContainer(host, c, 0));
    progress(out, style, "Container", c.name, "Stopping", "Stopped");
  }
  for (const c of mine) {
    act(host, () => removeContainer(host, c));
    progress(out, style, "Container", c.name, "Removing", "Removed");
  }
  for (const n of [...project.networks].reverse()) {
    const network = findNetwork(host, n.name);
    if (!network || network.labels.get(PROJECT) !== project.name) continue;
    act(host, () => removeNetwork(host, network));
    out.stderr(
      style === "v2"
        ? ` Network ${n.name}  Removing\n Network ${n.name}  Removed\n`
        : `Removing network ${n.name}\n`,
    );
  }
  return 0;
}

export function dockerCompose(host: Host, argv: readonly string[], out: Out, style: Style): number {
  const command = style === "v2" ? "docker compose" : "docker-compose";
  const flags = parseFlags(
    command,
    argv,
    [
      { long: "file", short: "f", value: true },
      { long: "project-name", short: "p", value: true },
    ],
    false,
  );
  const [action, ...rest] = flags.args;
  const actionFlags = parseFlags(
    `${command} ${action}`,
    rest,
    [{ long: "detach", short: "d", value: false }],
    true,
  );
  const file = last(flags, "file") ?? DEFAULT_FILES[style].find((f) => readFile(host.world, f) !== undefined);
  const source = file === undefined ? undefined : readFile(host.world, file);
  if (file === undefined || source === undefined)
    throw new DockerError(
      style === "v2"
        ? file === undefined
          ? "no configuration file provided: not found\n"
          : `open ${absolute(file)}: no such file or directory\n`
        : `ERROR: .FileNotFoundError: [Errno 2] No such file or directory: '${absolute(file ?? "docker-compose.yml")}'\n`,
      style === "v2" ? 1 : 1,
    );
  const project = loadProject(source, absolute(file), last(flags, "project-name"), style);
  if (style === "v2" && project.hasVersion)
    out.stderr(
      `time="${rfc3339(host.world.clock).replace(/\.\d+Z$/, "Z")}" level=warning msg="${absolute(file)}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion"\n`,
    );
  for (const note of project.notes) out.stderr(`netplay: ${note}\n`);
  if (action === "up") {
    if (!has(actionFlags, "detach"))
      out.stderr("netplay: compose up runs detached in the playground (as with -d)\n");
    return up(host, project, out, style);
  }
  if (action === "down") return down(host, project, out, style);
  throw dockerErrors.usage(command, `unknown command "${action ?? ""}" for "${command}"`);
}
