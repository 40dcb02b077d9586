import { DockerError } from "../errors";
import { DYNAMIC_PORTS, parsePublish } from "../ports";
import type { PortBinding } from "../state";
import { parseYaml, YamlError, type Yaml } from "./yaml";

/** A compose file read into what `up` creates: networks, then services, each with Docker's names. */

export interface ComposeNetwork {
  readonly key: string;
  readonly name: string;
  readonly internal: boolean;
  readonly options: ReadonlyMap<string, string>;
  readonly subnet?: string;
  readonly gateway?: string;
}

export interface ComposeService {
  readonly key: string;
  readonly containerName: string;
  readonly image: string;
  readonly cmd: readonly string[];
  readonly ports: readonly PortBinding[];
  readonly networks: readonly string[];
  /** stdin_open or tty: a shell keeps reading and the container runs on. */
  readonly interactive: boolean;
}

export interface ComposeProject {
  readonly name: string;
  readonly networks: readonly ComposeNetwork[];
  readonly services: readonly ComposeService[];
  /** Keys the playground accepts but does not model, worded for the user. */
  readonly notes: readonly string[];
  readonly hasVersion: boolean;
}

type Style = "v1" | "v2";

/** What services may say that changes nothing the playground models but is understood. */
const INERT_SERVICE_KEYS = new Set(["restart", "volumes", "environment", "labels", "depends_on", "hostname"]);
const SERVICE_KEYS = new Set([
  "image",
  "container_name",
  "command",
  "ports",
  "networks",
  "stdin_open",
  "tty",
  ...INERT_SERVICE_KEYS,
]);
const TOP_KEYS = new Set(["version", "services", "networks", "volumes", "name"]);

const isMap = (v: Yaml): v is { [key: string]: Yaml } =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: Yaml): string => (typeof v === "string" ? v : "");

/** `caddy file-server --browse` → argv, with shell-like quotes. */
function splitCommand(v: Yaml): string[] {
  if (Array.isArray(v)) return v.map(text);
  return (text(v).match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^(["'])(.*)\1$/, "$2"));
}

function ports(v: Yaml, service: string): PortBinding[] {
  if (!Array.isArray(v)) return [];
  let next = DYNAMIC_PORTS[0];
  return v.flatMap((p) => {
    if (isMap(p)) {
      const spec = `${text(p.host_ip ?? null) ? `${text(p.host_ip ?? null)}:` : ""}${text(p.published ?? null)}:${text(p.target ?? null)}/${text(p.protocol ?? null) || "tcp"}`;
      return parsePublish(spec, () => next++);
    }
    try {
      return parsePublish(text(p), () => next++);
    } catch {
      throw new DockerError(
        `services.${service}.ports contains an invalid type, it should be a number, or an object\n`,
        15,
      );
    }
  });
}

const sanitize = (name: string) => name.toLowerCase().replace(/[^a-z0-9_-]/g, "");

export function loadProject(
  source: string,
  file: string,
  projectName: string | undefined,
  style: Style,
): ComposeProject {
  let doc: Yaml;
  try {
    doc = parseYaml(source);
  } catch (error) {
    if (error instanceof YamlError) throw new DockerError(`yaml: ${error.message}\n`, 15);
    throw error;
  }
  if (!isMap(doc) || !isMap(doc.services ?? null)) throw new DockerError(`${file}: no service defined\n`, 15);
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "/root";
  const name =
    sanitize(projectName ?? text(doc.name ?? null) ?? "") ||
    sanitize(dir.split("/").filter(Boolean).at(-1) ?? "root");
  const sep = style === "v1" ? "_" : "-";
  const notes: string[] = [];
  for (const key of Object.keys(doc))
    if (!TOP_KEYS.has(key)) notes.push(`top-level key "${key}" is not modelled by the playground; ignored`);
  const declared = isMap(doc.networks ?? null) ? (doc.networks as { [key: string]: Yaml }) : {};
  const services: ComposeService[] = [];
  let usesDefault = false;
  for (const [key, body] of Object.entries(doc.services as { [key: string]: Yaml })) {
    const s = isMap(body) ? body : {};
    for (const k of Object.keys(s))
      if (!SERVICE_KEYS.has(k))
        notes.push(`service "${key}": key "${k}" is not modelled by the playground; ignored`);
    const nets = Array.isArray(s.networks)
      ? s.networks.map(text)
      : isMap(s.networks ?? null)
        ? Object.keys(s.networks as object)
        : [];
    for (const n of nets)
      if (!Object.hasOwn(declared, n))
        throw new DockerError(
          `service "${key}" refers to undefined network ${n}: invalid compose project\n`,
          15,
        );
    if (nets.length === 0) usesDefault = true;
    if (!text(s.image ?? null))
      throw new DockerError(
        `service "${key}" has neither an image nor a build context specified: invalid compose project\n`,
        15,
      );
    services.push({
      key,
      containerName: text(s.container_name ?? null) || `${name}${sep}${key}${sep}1`,
      image: text(s.image ?? null),
      cmd: s.command === undefined ? [] : splitCommand(s.command),
      ports: ports(s.ports ?? null, key),
      networks: nets.length > 0 ? nets : ["default"],
      interactive: s.stdin_open === "true" || s.tty === "true",
    });
  }
  const networks: ComposeNetwork[] = [];
  const entries = Object.entries(declared).filter(([key]) => services.some((s) => s.networks.includes(key)));
  if (usesDefault && !Object.hasOwn(declared, "default")) entries.unshift(["default", null]);
  for (const [key, body] of entries) {
    const n = isMap(body) ? body : {};
    const ipam = isMap(n.ipam ?? null) ? (n.ipam as { [key: string]: Yaml }) : {};
    const config =
      Array.isArray(ipam.config) && isMap(ipam.config[0] ?? null)
        ? (ipam.config[0] as { [key: string]: Yaml })
        : {};
    const opts = isMap(n.driver_opts ?? null) ? (n.driver_opts as { [key: string]: Yaml }) : {};
    networks.push({
      key,
      name: text(n.name ?? null) || `${name}_${key}`,
      internal: text(n.internal ?? null) === "true",
      options: new Map(Object.entries(opts).map(([k, v]) => [k, text(v)])),
      ...(text(config.subnet ?? null) ? { subnet: text(config.subnet ?? null) } : {}),
      ...(text(config.gateway ?? null) ? { gateway: text(config.gateway ?? null) } : {}),
    });
  }
  return { name, networks, services, notes, hasVersion: doc.version !== undefined };
}
