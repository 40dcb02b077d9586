import { formatIpv4 } from "../../route/ipv4";
import { imageOf } from "../images";
import { commandOf } from "../process";
import type { Container } from "../state";

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

/** The command line a container runs, as `docker ps` shows it: the entrypoint, then its command or the image's. */
export const commandLine = (c: Container): readonly string[] => [
  ...imageOf(c.image).entrypoint,
  ...commandOf(c),
];

/** `"caddy file-server -…"`: the command, cut to 20 characters with an ellipsis, quoted. */
export function psCommand(c: Container): string {
  const text = commandLine(c).join(" ");
  const chars = [...text];
  return `"${chars.length > 20 ? `${chars.slice(0, 19).join("")}…` : text}"`;
}

export function psStatus(c: Container, now: number): string {
  if (c.state === "created") return "Created";
  if (c.state === "running") return `Up ${humanDuration(now - (c.startedAt ?? now))}`;
  return `Exited (${c.exitCode}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
}

export const ipText = formatIpv4;
