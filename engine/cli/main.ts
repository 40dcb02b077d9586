/**
 * `netplay`: the playground's command line. Runs a playground script against a fresh world and prints a
 * transcript (`$ command`, then what it printed) or, with --json, the same run as data. No Node here:
 * netplay.ts hands in the process's streams and file reading, and tests hand in their own.
 */
import { createWorld, parseWorldName } from "../scenario/worlds";
import { runScript, splitOutput, type CommandResult } from "../shell";
import { formatTrace } from "../trace/xtables-monitor";

const USAGE = "netplay: usage: netplay run [--world NAME] [--json] [--trace] FILE|-";

const HELP = `Usage: netplay run [--world NAME] [--json] [--trace] FILE|-

Runs a playground script (FILE, or stdin for -) in a simulated Linux network and prints a transcript:
each command line as "$ COMMAND", then what it printed, exactly as the real tools print it.

Options:
  --world NAME  the world to start from (default: empty)
  --json        print the run as JSON: {"world", "commands": [{command, output, stdout, stderr, status}]}
  --trace       after each command, the walk of its packets in xtables-monitor --trace's style
                (lines starting with # add routing, conntrack, NAT and the wire); with --json,
                each command also gets "trace": its trace events
  -h, --help    show this help

Exit status: the status of the script's last command; 1 if FILE cannot be read; 2 on a usage error.
`;

interface RunArgs {
  readonly world: string;
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
    io.stdout(HELP);
    return 0;
  }
  const parsed = parseRunArgs(args);
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
  let script: string;
  try {
    script = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`netplay: cannot read ${parsed.file}: ${describeError(error)}\n`);
    return 1;
  }
  const results = runScript(createWorld(worldName), script, { trace: parsed.trace });
  io.stdout(parsed.json ? toJson(worldName, results) : toTranscript(results));
  return results.at(-1)?.status ?? 0;
}

function parseRunArgs(args: readonly string[]): RunArgs | "help" | undefined {
  if (args[0] !== "run") return undefined;
  let world = "empty";
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
    else if (file === undefined && (arg === "-" || !arg.startsWith("-"))) file = arg;
    else return undefined;
  }
  return file === undefined ? undefined : { world, json, trace, file };
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
