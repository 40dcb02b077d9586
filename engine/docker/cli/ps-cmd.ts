import { has, last, parseFlags } from "../flags";
import type { Container } from "../state";
import type { Host } from "../host";
import { PROFILES } from "../profile";
import { commandLine, humanDuration, psCommand, psStatus } from "./human";
import { psPorts } from "./ps-ports";
import type { Out } from "./out";
import { table } from "./table";
import { executeTemplate, parseTemplate } from "./template";

/** `{{.Field}}`s of one `docker ps` row (cli/command/formatter/container.go). */
function psFields(host: Host, c: Container, now: number, full: boolean): Record<string, string> {
  return {
    ID: full ? c.id : c.id.slice(0, 12),
    Image: c.image,
    Command: full ? `"${commandLine(c).join(" ")}"` : psCommand(c),
    CreatedAt: goTime(c.created),
    RunningFor: `${humanDuration(now - c.created)} ago`,
    Ports: psPorts(c, PROFILES[host.daemon.profile].bracketsIpv6),
    State: c.state,
    Status: psStatus(c, now),
    Names: c.name,
    Networks: c.endpoints
      .map((e) => host.daemon.networks.find((n) => n.id === e.network)!.name)
      .sort()
      .join(","),
    Labels: [...c.labels].map(([k, v]) => `${k}=${v}`).join(","),
  };
}

const HEADERS: Readonly<Record<string, string>> = {
  ID: "CONTAINER ID",
  Image: "IMAGE",
  Command: "COMMAND",
  CreatedAt: "CREATED AT",
  RunningFor: "CREATED",
  Ports: "PORTS",
  State: "STATE",
  Status: "STATUS",
  Names: "NAMES",
  Networks: "NETWORKS",
  Labels: "LABELS",
};

/** `--format`: `\t` and `\n` as typed become tab and newline; `table …` adds headers and aligns columns. */
function formatPs(format: string, rows: readonly Record<string, string>[]): string {
  const isTable = format.startsWith("table");
  const source = (isTable ? format.slice("table".length).trim() : format)
    .replace(/\\t/g, "\t")
    .replace(/\\n/g, "\n");
  const template = parseTemplate(source);
  const lines = rows.map((row) => executeTemplate(template, row));
  if (!isTable) return lines.map((l) => `${l}\n`).join("");
  return table([executeTemplate(template, HEADERS), ...lines].map((l) => l.split("\t")));
}

/** Go's time.Time.String in UTC: `2026-11-26 18:00:00 +0000 UTC`. */
function goTime(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19).replace("T", " ")} +0000 UTC`;
}

/** `docker ps [-a] [-q] [--no-trunc] [--format FORMAT]`: newest first. */
export function dockerPs(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags(
    "docker ps",
    argv,
    [
      { long: "all", short: "a", value: false },
      { long: "quiet", short: "q", value: false },
      { long: "no-trunc", value: false },
      { long: "format", value: true },
    ],
    true,
  );
  const now = host.world.clock;
  const full = has(flags, "no-trunc");
  const shown = host.daemon.containers.filter((c) => has(flags, "all") || c.state === "running").reverse();
  const id = (text: string) => (full ? text : text.slice(0, 12));
  const format = last(flags, "format");
  if (format !== undefined && !has(flags, "quiet")) {
    out.stdout(
      formatPs(
        format,
        shown.map((c) => psFields(host, c, now, full)),
      ),
    );
    return 0;
  }
  if (has(flags, "quiet")) {
    out.stdout(shown.map((c) => `${id(c.id)}\n`).join(""));
    return 0;
  }
  out.stdout(
    table([
      ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"],
      ...shown.map((c) => [
        id(c.id),
        c.image,
        psCommand(c),
        `${humanDuration(now - c.created)} ago`,
        psStatus(c, now),
        psPorts(c, PROFILES[host.daemon.profile].bracketsIpv6),
        c.name,
      ]),
    ]),
  );
  return 0;
}
