import { limitErrors, MAX_SCRIPT_CHARS } from "../limits";
import type { Chunk, CommandResult } from "./command";
import { shellErrors } from "./errors";
import { runList } from "./exec";
import { Transcript } from "./output";
import { readScript } from "./script-reader";
import { createShellState, type ShellState } from "./state";
import type { World } from "../world";

export interface RunOptions {
  /** The namespace commands run in; `host` unless given. */
  readonly netns?: string;
  /** Variables and `$?` carried over from earlier runs, for a terminal that runs line after line. */
  readonly shell?: ShellState;
  /** Record each command's packet trace in its result. */
  readonly trace?: boolean;
}

/** Runs a playground script as `bash script` would: one result per command line, stopping at a syntax error. */
export function runScript(world: World, script: string, options: RunOptions = {}): CommandResult[] {
  const shell = options.shell ?? createShellState();
  const netnsName = options.netns ?? "host";
  const netns = world.netns.get(netnsName);
  if (!netns) return [missingNetns(script, netnsName)];
  if (script.length > MAX_SCRIPT_CHARS) {
    const output = [{ fd: 2 as const, text: limitErrors.script(script.length) }];
    return [{ command: script.slice(0, 200).split("\n")[0]!, output, status: 2 }];
  }
  const results: CommandResult[] = [];
  for (const item of readScript(script)) {
    const out = new Transcript();
    if (item.kind === "fatal") {
      out.write(2, item.message);
      shell.status = 2;
      results.push({ command: item.text, output: out.chunks, status: 2 });
      break;
    }
    out.write(2, item.warning);
    if (options.trace) world.trace = [];
    try {
      runList(item.list, { world, netns, shell, line: item.line, out });
    } catch (error) {
      // Commands are guarded one by one; this catches a fault in the shell itself.
      out.write(
        2,
        shellErrors.internalError(
          `line ${item.line}`,
          error instanceof Error ? error.message : String(error),
        ),
      );
      shell.status = 1;
    }
    for (const chunk of world.background.splice(0)) out.write(chunk.fd, chunk.text);
    const trace = world.trace;
    world.trace = undefined;
    results.push({
      command: item.text,
      output: out.chunks,
      status: shell.status,
      ...(trace ? { trace } : {}),
    });
  }
  return results;
}

/** Runs one command line (with its heredoc body, if any, on the following lines) as a single result. */
export function runLine(
  world: World,
  line: string,
  netnsName = "host",
  shell?: ShellState,
  trace = false,
): CommandResult {
  const results = runScript(world, line, { netns: netnsName, trace, ...(shell ? { shell } : {}) });
  const out = new Transcript();
  for (const chunk of results.flatMap((result) => result.output)) out.write(chunk.fd, chunk.text);
  const status = results.at(-1)?.status ?? shell?.status ?? 0;
  const events = results.flatMap((result) => result.trace ?? []);
  return {
    command: results[0]?.command ?? line,
    output: out.chunks,
    status,
    ...(trace ? { trace: events } : {}),
  };
}

/** Stdout and stderr of a result as two strings, for callers that do not need the interleaving. */
export function splitOutput(output: readonly Chunk[]): { stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  for (const { fd, text } of output) {
    if (fd === 1) stdout += text;
    else stderr += text;
  }
  return { stdout, stderr };
}

function missingNetns(script: string, name: string): CommandResult {
  const text = `Cannot open network namespace "${name}": No such file or directory\n`;
  return { command: script.split("\n")[0] ?? "", output: [{ fd: 2, text }], status: 1 };
}
