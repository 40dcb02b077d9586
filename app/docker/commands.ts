import { shellQuote } from "../../engine/lab/quote";
import type { ContainerView, PortView } from "../../engine/view";

/**
 * The command lines behind each Docker gesture of the canvas: what a user would type for it. The
 * app sends exactly these, so every gesture lands in the history.
 */

/** The images the palette offers. */
export const IMAGES = [
  "nginx",
  "caddy",
  "redis",
  "postgres",
  "debian",
  "alpine",
  "busybox",
  "curlimages/curl",
] as const;

/**
 * A container lives as long as its program. A shell reading no terminal exits at once, so the
 * shells run with one (-it); curl's image runs curl, which ends, so it is given a program that waits.
 */
const SHELL_IMAGES: ReadonlySet<string> = new Set(["debian", "alpine", "busybox"]);
const WAITING: Readonly<Record<string, string>> = { "curlimages/curl": "sleep infinity" };

export function runImage(image: string, network?: string): string {
  const flags = SHELL_IMAGES.has(image) ? "-dit" : "-d";
  const on = network === undefined ? "" : ` --network ${network}`;
  const command = WAITING[image] === undefined ? "" : ` ${WAITING[image]}`;
  return `docker run ${flags}${on} ${image}${command}`;
}

export function createNetwork(name: string, subnet: string): string {
  const trimmed = subnet.trim();
  return `docker network create ${trimmed === "" ? "" : `--subnet ${trimmed} `}${name.trim()}`;
}

/** Off its network (if it has one) and onto another, as `docker network` does it on a running container. */
export const moveContainer = (container: string, from: string | undefined, to: string): string[] => [
  ...(from === undefined ? [] : [`docker network disconnect ${from} ${container}`]),
  `docker network connect ${to} ${container}`,
];

/** `-p` as docker run takes it: [IP:]HOST:CONTAINER[/udp]. */
export function portFlag(p: PortView): string {
  const ip = p.hostIp === "" ? "" : `${p.hostIp}:`;
  return `-p ${ip}${p.hostPort}:${p.containerPort}${p.proto === "udp" ? "/udp" : ""}`;
}

/**
 * Docker cannot add a port to a running container: the container is removed and run again with the
 * same name, networks, terminal flags, image and command, its ports plus the new one.
 */
export function publishPort(c: ContainerView, port: PortView): string[] {
  const [first, ...others] = c.endpoints.map((e) => e.network);
  const ports = [...c.ports, port].map(portFlag).join(" ");
  const network = first === undefined || first === "bridge" ? "" : ` --network ${first}`;
  const terminal = c.interactive ? "it" : "";
  const program = [c.image, ...c.cmd].map(shellQuote).join(" ");
  return [
    `docker rm -f ${c.name}`,
    `docker run -d${terminal} --name ${c.name}${network} ${ports} ${program}`,
    ...others.map((net) => `docker network connect ${net} ${c.name}`),
  ];
}

export const stopContainer = (name: string) => `docker stop ${name}`;
export const startContainer = (name: string) => `docker start ${name}`;
export const removeContainer = (name: string) => `docker rm -f ${name}`;
