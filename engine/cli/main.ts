/**
 * `netplay`: the playground's command line. Runs a playground script against a fresh world and prints a
 * transcript (`$ command`, then what it printed) or, with --json, the same run as data. No Node here:
 * netplay.ts hands in the process's streams and file reading, and tests hand in their own.
 */
import { createWorldWithDocker, parseDockerVersion } from "../docker/docker-world";
import { expandScript } from "../docker/expand";
import { DIFF_HELP, netplayDiff } from "../docker/netplay-diff";
import { DEFAULT_WORLD, parseWorldName } from "../scenario/worlds";
import { runScript, splitOutput, type CommandResult } from "../shell";
import { formatTrace } from "../trace/xtables-monitor";
import { lab, LAB_HELP, LAB_USAGE } from "./lab";

const USAGE = "netplay: usage: netplay run [--world NAME] [--json] [--trace] FILE|-";

const HELP = `Usage: netplay run [--world NAME] [--json] [--trace] FILE|-

Runs a playground script (FILE, or stdin for -) in a simulated Linux network and prints a transcript:
each command line as "$ COMMAND", then what it printed, exactly as the real tools print it.

Options:
  --world NAME  the world to start from (default: ${DEFAULT_WORLD})
  --docker VERSION
                the Docker the world has: 20.10, 28 or 29 (default: 29, or the world's own);
                on bare, the version \`dockerd\` starts; --world docker --docker 20.10 is docker-20.10
  --json        print the run as JSON: {"world", "commands": [{command, output, stdout, stderr, status}]}
  --trace       after each command, the walk of its packets in xtables-monitor --trace's style
                (lines starting with # add routing, conntrack, NAT and the wire); with --json,
                each command also gets "trace": its trace events
  -h, --help    show this help

Exit status: the status of the script's last command; 1 if FILE cannot be read; 2 on a usage error.

Usage: netplay expand [--world NAME] [--docker VERSION] FILE|-

Runs the script and prints it back with each docker, dockerd and docker-compose line replaced by
the host commands it ran (ip, sysctl, iptables), in order, after the line as a comment.
`;

interface RunArgs {
  readonly world: string;
  readonly docker?: string;
  readonly json: boolean;
  readonly trace: boolean;
  readonly file: string;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
}

/** Runs netplay with `args` (argv without node and script) and returns its exit status. */
export function main(args: readonly string[], io: CliIo): number {
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    io.stdout(`${HELP}\n${LAB_HELP}\n${DIFF_HELP}`);
    return 0;
  }
  if (args[0] === "lab") return lab(args.slice(1), io, (file) => readScript(file, io));
  if (args[0] === "diff") return netplayDiff(args.slice(1), io, (file) => readScript(file, io));
  if (args[0] !== "run" && args[0] !== "expand") {
    io.stderr(`${USAGE}\n${LAB_USAGE}\n`);
    return 2;
  }
  const expand = args[0] === "expand";
  const parsed = parseRunArgs(expand ? ["run", ...args.slice(1)] : args);
  if (parsed === "help") {
    io.stdout(HELP);
    return 0;
  }
  if (!parsed) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const worldName = parseWorldName(parsed.world);
  if (typeof worldName !== "string") {
    io.stderr(`${worldName.error}\n`);
    return 2;
  }
  const docker = parsed.docker === undefined ? undefined : parseDockerVersion(parsed.docker);
  if (typeof docker === "object") {
    io.stderr(`${docker.error}\n`);
    return 2;
  }
  const world = createWorldWithDocker(worldName, docker);
  if ("error" in world) {
    io.stderr(`${world.error}\n`);
    return 2;
  }
  const script = readScript(parsed.file, io);
  if (typeof script === "number") return script;
  if (expand) {
    if (parsed.json || parsed.trace) {
      io.stderr(`${USAGE}\n`);
      return 2;
    }
    io.stdout(expandScript(world, script));
    return 0;
  }
  const results = runScript(world, script, { trace: parsed.trace });
  io.stdout(parsed.json ? toJson(worldName, results) : toTranscript(results));
  return results.at(-1)?.status ?? 0;
}

/** FILE's text, or the exit status after saying why it cannot be read. */
function readScript(file: string, io: CliIo): string | number {
  try {
    return io.readFile(file);
  } catch (error) {
    io.stderr(`netplay: cannot read ${file}: ${describeError(error)}\n`);
    return 1;
  }
}

function parseRunArgs(args: readonly string[]): RunArgs | "help" | undefined {
  let world: string = DEFAULT_WORLD;
  let docker: string | undefined;
  let json = false;
  let trace = false;
  let file: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--json") json = true;
    else if (arg === "--trace") trace = true;
    else if (arg === "--world" && i + 1 < args.length) world = args[++i]!;
    else if (arg.startsWith("--world=")) world = arg.slice("--world=".length);
    else if (arg === "--docker" && i + 1 < args.length) docker = args[++i]!;
    else if (arg.startsWith("--docker=")) docker = arg.slice("--docker=".length);
    else if (file === undefined && (arg === "-" || !arg.startsWith("-"))) file = arg;
    else return undefined;
  }
  if (file === undefined) return undefined;
  return { world, ...(docker === undefined ? {} : { docker }), json, trace, file };
}

function toTranscript(results: readonly CommandResult[]): string {
  return results
    .map(
      ({ command, output, trace }) =>
        `$ ${command}\n${output.map((chunk) => chunk.text).join("")}${trace ? formatTrace(trace) : ""}`,
    )
    .join("");
}

function toJson(world: string, results: readonly CommandResult[]): string {
  const commands = results.map(({ command, output, status, trace }) => ({
    command,
    output,
    ...splitOutput(output),
    status,
    ...(trace ? { trace } : {}),
  }));
  return `${JSON.stringify({ world, commands }, null, 2)}\n`;
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EISDIR: "Is a directory",
};

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && ERRNO_TEXT[code]) return ERRNO_TEXT[code];
  return error instanceof Error ? error.message : String(error);
}
