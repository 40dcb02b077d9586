import { runScript } from "../shell/script";
import { readScript } from "../shell/script-reader";
import { createShellState } from "../shell/state";
import type { World } from "../world";
import { startDaemon, setDockerProfile } from "./daemon";
import type { ProfileName } from "./profile";
import { daemonOf, DEFAULT_OPTIONS, type Step } from "./state";

/**
 * `netplay expand`: a script with each Docker command replaced by the host commands it ran, in
 * order — the answer to "what did Docker just do?", and a script Linux can replay.
 */

const SAFE = /^[\w@%+=:,./!-]+$/;
const quote = (word: string) => (SAFE.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);

/** A process dockerd keeps running is shown as a comment: the playground runs it inside the daemon. */
export const formatStep = (step: Step): string =>
  (step.daemon ? "# dockerd starts: " : "") +
  (step.netns === "host" ? "" : `ip netns exec ${step.netns} `) +
  step.argv.map(quote).join(" ");

const DOCKER_LINE = /^\s*(sudo\s+)?(docker|dockerd|docker-compose)(\s|$)/;

export function expandScript(world: World, script: string): string {
  const lines = script.split("\n");
  const items = [...readScript(script)];
  const shell = createShellState();
  const daemon = daemonOf(world);
  let out = "";
  items.forEach((item, k) => {
    const end = items[k + 1]?.line ?? lines.length + 1;
    const span = lines.slice(item.line - 1, end - 1).join("\n");
    const before = daemon.steps.length;
    runScript(world, span, { shell });
    if (item.kind === "command" && DOCKER_LINE.test(item.text)) {
      out += `# ${item.text}\n`;
      out += daemon.steps
        .slice(before)
        .map((s) => `${formatStep(s)}\n`)
        .join("");
    } else out += `${span.replace(/\n+$/, "")}\n`;
  });
  return out;
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
