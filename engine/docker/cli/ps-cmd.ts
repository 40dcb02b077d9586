import { has, parseFlags } from "../flags";
import type { Host } from "../host";
import { psCommand, psPorts, psStatus, humanDuration } from "./human";
import type { Out } from "./out";
import { table } from "./table";

/** `docker ps [-a] [-q] [--no-trunc]`: newest first. */
export function dockerPs(host: Host, argv: readonly string[], out: Out): number {
  const flags = parseFlags(
    "docker ps",
    argv,
    [
      { long: "all", short: "a", value: false },
      { long: "quiet", short: "q", value: false },
      { long: "no-trunc", value: false },
    ],
    true,
  );
  const now = host.world.clock;
  const full = has(flags, "no-trunc");
  const shown = host.daemon.containers.filter((c) => has(flags, "all") || c.state === "running").reverse();
  const id = (text: string) => (full ? text : text.slice(0, 12));
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
        psPorts(c),
        c.name,
      ]),
    ]),
  );
  return 0;
}
