import { parseNcArgs } from "../tools/nc-args";
import { commands } from "../shell/registry";
import { imageOf } from "./images";
import type { Container } from "./state";

/**
 * A container's main process, as far as the playground can tell what it does: the container lives
 * exactly as long as it does. A shell with no script and no terminal reads end-of-file and exits at
 * once; a playground command runs to its end (curl, `ping -c`); servers keep running (the image's own,
 * `sleep`, `tail -f`, `nc -l`, and any program the playground does not have).
 */
export type MainProcess =
  | { readonly kind: "exits"; readonly argv: readonly string[] }
  | { readonly kind: "shell" }
  /** `start`: a playground command to run for its lasting effect (nc -l's listening socket). */
  | { readonly kind: "serves"; readonly start?: readonly string[] };

const SHELLS = new Set(["sh", "ash", "bash", "dash"]);

const basename = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** The command a container was given, or its image's. */
export const commandOf = (c: Container): readonly string[] =>
  c.cmd.length > 0 ? c.cmd : imageOf(c.image).command;

/** What the entrypoint script ends up running: the command, or curl in front of it when it is none. */
export function processArgv(container: Container): readonly string[] {
  const { wraps } = imageOf(container.image);
  const argv = commandOf(container);
  return wraps !== undefined && !commands.has(argv[0] ?? "") ? [wraps, ...argv] : argv;
}

/** The image's own program runs (perhaps with other arguments: compose's `caddy file-server`), and with it its servers. */
export function runsImageProgram(container: Container): boolean {
  return processArgv(container)[0] === imageOf(container.image).command[0];
}

/** Commands that run until they are killed. */
function keepsRunning(argv: readonly string[]): boolean {
  const [name = "", ...args] = argv;
  switch (name) {
    case "sleep":
      return true;
    case "tail":
      return args.some((a) => /^-[a-zA-Z]*[fF]/.test(a) || a.startsWith("--follow"));
    case "ping":
      return !args.some((a) => /^-[a-zA-Z]*c/.test(a));
    default:
      return false;
  }
}

export function mainProcess(container: Container): MainProcess {
  const argv = processArgv(container);
  const name = argv[0] ?? "";
  if (SHELLS.has(basename(name)) && argv.length === 1)
    return container.interactive ? { kind: "serves" } : { kind: "shell" };
  if (!commands.has(name) || keepsRunning(argv)) return { kind: "serves" };
  if (name === "nc") {
    const args = parseNcArgs(argv.slice(1));
    if (!("error" in args) && args.listen) return { kind: "serves", start: argv };
  }
  return { kind: "exits", argv };
}
