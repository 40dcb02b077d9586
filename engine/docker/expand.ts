import { runScript, splitOutput } from "../shell/script";
import { readScript } from "../shell/script-reader";
import { createShellState } from "../shell/state";
import type { World } from "../world";
import { startDaemon, setDockerProfile } from "./daemon";
import type { ProfileName } from "./profile";
import { expandedText } from "./expand-text";
import { daemonOf, DEFAULT_OPTIONS, type Step } from "./state";

/**
 * `netplay expand`: a script with each Docker command replaced by the host commands it ran, in
 * order — the answer to "what did Docker just do?", and a script Linux can replay.
 */

const SAFE = /^[\w@%+=:,./!-]+$/;
const quote = (word: string) => (SAFE.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);

/**
 * A process dockerd keeps running is shown as a comment: the playground runs it inside the daemon. A
 * quiet step (dockerd's netlink calls) prints nothing and cannot fail, as the daemon's call does.
 */
export const formatStep = (step: Step): string =>
  (step.daemon ? "# dockerd starts: " : "") +
  stepCommand(step) +
  (step.background ? " &" : "") +
  (step.quiet ? " >/dev/null 2>&1 || true" : "");

/** The command line of a step, run where it ran. */
export const stepCommand = (step: Step): string =>
  (step.netns === "host" ? "" : `ip netns exec ${step.netns} `) + step.argv.map(quote).join(" ");

const DOCKER_LINE = /^\s*(sudo\s+)?(docker|dockerd|docker-compose)(\s|$)/;

/** A `docker`, `dockerd` or `docker-compose` command line: `netplay expand` shows what it ran. */
export const isDockerLine = (line: string): boolean => DOCKER_LINE.test(line);

/** One command line of a script as the engine ran it, with the host commands Docker ran for it. */
export interface ExpandedItem {
  /** The line as written, heredoc bodies left out. */
  readonly text: string;
  /** The line with the source lines that belong to it (heredoc bodies, continuation lines). */
  readonly span: string;
  /** A `docker`, `dockerd` or `docker-compose` line. */
  readonly docker: boolean;
  /** The host commands Docker ran for it, in order (none for other lines). */
  readonly steps: readonly Step[];
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/**
 * Runs `script` on `world` line by line, recording what each line printed and, for a Docker line, the
 * host commands it ran. `inspect` is called after each line, with the world as that line left it.
 */
export function expandItems(
  world: World,
  script: string,
  inspect: (item: ExpandedItem, world: World) => void = () => {},
): ExpandedItem[] {
  const lines = script.split("\n");
  const read = [...readScript(script)];
  const shell = createShellState();
  const daemon = daemonOf(world);
  return read.map((item, k) => {
    const end = read[k + 1]?.line ?? lines.length + 1;
    const span = lines
      .slice(item.line - 1, end - 1)
      .join("\n")
      .replace(/\n+$/, "");
    const before = daemon.steps.length;
    const results = runScript(world, span, { shell });
    const docker = item.kind === "command" && isDockerLine(item.text);
    const output = splitOutput(results.flatMap((result) => result.output));
    const expanded: ExpandedItem = {
      text: item.text,
      span,
      docker,
      steps: docker ? daemon.steps.slice(before) : [],
      ...output,
      status: results.at(-1)?.status ?? 0,
    };
    inspect(expanded, world);
    return expanded;
  });
}

export function expandScript(world: World, script: string): string {
  return expandItems(world, script)
    .map((item) => (item.docker ? expandedText(item.text, item.steps.map(formatStep)) : `${item.span}\n`))
    .join("");
}

/** The host commands `dockerd` runs at start in one version, on the bare world (for the kernel lab). */
export function dockerStartScript(base: () => World, profile: ProfileName): string {
  const world = base();
  setDockerProfile(world, profile);
  startDaemon(world, DEFAULT_OPTIONS);
  return daemonOf(world)
    .steps.map((s) => `${formatStep(s)}\n`)
    .join("");
}
