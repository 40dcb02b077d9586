import { createWorld, type WorldName } from "../scenario/worlds";
import { createShellState, runLine, type ShellState } from "../shell";
import type { World } from "../world";
import type { CommandLine, Goal, Probe } from "./lesson";

/** How one probe went: its exit status, and whether that is what the goal asked for. */
export interface ProbeResult {
  readonly text: string;
  readonly expect: Probe["expect"];
  readonly status: number;
  readonly passed: boolean;
}

const HOST = "host";

/** The world as the user's commands left it, rebuilt from scratch: the engine is deterministic. */
function replay(
  name: WorldName,
  commands: readonly CommandLine[],
): { world: World; shell: (netns: string) => ShellState } {
  const world = createWorld(name);
  const shells = new Map<string, ShellState>();
  const shell = (netns: string) => {
    let state = shells.get(netns);
    if (!state) shells.set(netns, (state = createShellState()));
    return state;
  };
  for (const { line, netns = HOST } of commands) runLine(world, line, netns, shell(netns));
  return { world, shell };
}

/**
 * Grades a challenge without touching the user's world: each probe is sent in its own copy, rebuilt
 * by replaying the commands, so one probe's connections cannot help or hinder the next.
 */
export function grade(goal: Goal, world: WorldName, commands: readonly CommandLine[]): ProbeResult[] {
  return goal.probes.map((probe) => {
    const copy = replay(world, commands);
    const { line, netns = HOST } = probe.command;
    const { status } = runLine(copy.world, line, netns, copy.shell(netns));
    return {
      text: probe.text,
      expect: probe.expect,
      status,
      passed: (status === 0) === (probe.expect === "succeeds"),
    };
  });
}
