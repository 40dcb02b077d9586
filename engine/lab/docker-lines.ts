import { expandItems, formatStep, stepCommand, type ExpandedItem } from "../docker/expand";
import { createWorld, type WorldName } from "../scenario/worlds";
import { shellQuote } from "./quote";
import { sameStandIn, standIns, type StandIn } from "./services";

/**
 * What the lab runs for one Docker line. The lab has no dockerd: a Docker line runs the host commands
 * the playground's dockerd ran for it (`netplay expand`), read off the engine's own run of the
 * scenario, so that both sides make the same devices, addresses, MACs and rules.
 */
export interface DockerLine {
  /** Stand-ins whose services the line ended (a container stopped): stopped before it runs. */
  readonly stop: readonly string[];
  /** The bash lines that run it (prelude helpers around Docker's commands). */
  readonly body: readonly string[];
  /** Stand-ins for the services it started (a container's servers, docker-proxy). */
  readonly start: readonly StandIn[];
}

/**
 * Docker's changes run on the host and a failure is reported as the line's; a command in a
 * container's namespace (`docker exec`, `docker run IMAGE CMD`) is the line's own work, whose output
 * and status are the line's. A line without one prints what the playground's docker printed (ids,
 * tables, errors): that output is dockerd's, not the kernel's. docker-proxy is started as a stand-in.
 */
function body(item: ExpandedItem): string[] {
  const lines: string[] = [];
  let runsCommand = false;
  for (const step of item.steps) {
    if (step.daemon) continue;
    // A detached process's output goes to the container's log, not the terminal.
    if (step.background) lines.push(`${stepCommand(step)} >/dev/null 2>&1 &`, "netplay_started_job");
    else if (step.netns === "host") lines.push(`netplay_docker ${shellQuote(formatStep(step))}`);
    else {
      lines.push(formatStep(step), "netplay_docker_status=$?");
      runsCommand = true;
    }
  }
  lines.push(
    runsCommand
      ? 'netplay_docker_end "$netplay_docker_status"'
      : `netplay_docker_said ${item.status} ${shellQuote(item.stdout)} ${shellQuote(item.stderr)}`,
  );
  return lines;
}

/** For each command line of `script` (in labItems' order), how the lab runs it if it is a Docker line. */
export function dockerLines(world: WorldName, script: string): (DockerLine | undefined)[] {
  const lines: (DockerLine | undefined)[] = [];
  const engine = createWorld(world);
  let before = standIns(engine);
  expandItems(engine, script, (item, after) => {
    const now = standIns(after);
    if (item.docker) {
      const changed = (s: StandIn, other: Map<string, StandIn>) => {
        const then = other.get(s.name);
        return !then || !sameStandIn(s, then);
      };
      lines.push({
        stop: [...before.values()].filter((s) => changed(s, now)).map((s) => s.name),
        body: body(item),
        start: [...now.values()].filter((s) => changed(s, before)),
      });
    } else lines.push(undefined);
    before = now;
  });
  return lines;
}
