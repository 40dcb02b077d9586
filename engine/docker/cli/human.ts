import { formatIpv4 } from "../../route/ipv4";
import { imageOf } from "../images";
import type { Container, PortBinding } from "../state";

/** go-units HumanDuration, as `docker ps` prints ages. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return "Less than a second";
  if (seconds === 1) return "1 second";
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return "About a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3600000 + 0.5);
  if (hours === 1) return "About an hour";
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3600000 / 24 / 365)} years`;
}

/** The command line a container runs: its own, or the image's. */
export const commandOf = (c: Container): readonly string[] =>
  c.cmd.length > 0 ? c.cmd : imageOf(c.image).command;

/** `"caddy file-server -…"`: the command, cut to 20 characters with an ellipsis, quoted. */
export function psCommand(c: Container): string {
  const text = commandOf(c).join(" ");
  const chars = [...text];
  return `"${chars.length > 20 ? `${chars.slice(0, 19).join("")}…` : text}"`;
}

export function psStatus(c: Container, now: number): string {
  if (c.state === "created") return "Created";
  if (c.state === "running") return `Up ${humanDuration(now - (c.startedAt ?? now))}`;
  return `Exited (${c.exitCode}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
}

const portKey = (p: { port: number; proto: string }) => p.port * 2 + (p.proto === "udp" ? 1 : 0);

/** `0.0.0.0:8081->80/tcp, 443/tcp`: published ports, then exposed ones, by container port. */
export function psPorts(c: Container): string {
  if (c.state !== "running") return "";
  const published = c.ports.map((p) => ({
    port: p.containerPort,
    proto: p.proto,
    text: `${p.hostIp || "0.0.0.0"}:${p.hostPort}->${p.containerPort}/${p.proto}`,
  }));
  const exposed = imageOf(c.image)
    .exposed.map((e) => {
      const [port, proto] = e.split("/");
      return { port: Number(port), proto: proto ?? "tcp", text: e };
    })
    .filter((e) => !published.some((p) => p.port === e.port && p.proto === e.proto));
  return [...published, ...exposed]
    .sort((a, b) => portKey(a) - portKey(b))
    .map((p) => p.text)
    .join(", ");
}

/** `80/tcp -> 0.0.0.0:8081`, as `docker port` prints a binding. */
export const portLine = (p: PortBinding): string =>
  `${p.containerPort}/${p.proto} -> ${p.hostIp || "0.0.0.0"}:${p.hostPort}\n`;

export const ipText = formatIpv4;
