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

export const runImage = (image: string, network?: string): string =>
  network === undefined ? `docker run -d ${image}` : `docker run -d --network ${network} ${image}`;

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
 * same name, networks and image, its ports plus the new one.
 */
export function publishPort(c: ContainerView, port: PortView): string[] {
  const [first, ...others] = c.endpoints.map((e) => e.network);
  const ports = [...c.ports, port].map(portFlag).join(" ");
  const network = first === undefined || first === "bridge" ? "" : ` --network ${first}`;
  return [
    `docker rm -f ${c.name}`,
    `docker run -d --name ${c.name}${network} ${ports} ${c.image}`,
    ...others.map((net) => `docker network connect ${net} ${c.name}`),
  ];
}

export const stopContainer = (name: string) => `docker stop ${name}`;
export const startContainer = (name: string) => `docker start ${name}`;
export const removeContainer = (name: string) => `docker rm -f ${name}`;
