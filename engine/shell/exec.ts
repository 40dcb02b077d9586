import type { AndOr, CommandList, Pipeline, SimpleCommand } from "./ast";
import { expandToString, expandWord } from "./expand";
import { discard, PipeBuffer, type Transcript } from "./output";
import { applyRedirects, type Io } from "./redirect";
import { runArgv } from "./run-argv";
import type { ShellState } from "./state";
import type { Netns, World } from "../world";

/** Where one script line runs: the world, its namespace, the shell's memory and the line's transcript. */
export interface Execution {
  readonly world: World;
  readonly netns: Netns;
  readonly shell: ShellState;
  /** The script line number, for bash's `line N:` messages. */
  readonly line: number;
  readonly out: Pick<Transcript, "stream">;
}

export function runList(list: CommandList, ex: Execution): void {
  for (const { andOr, background } of list) {
    const status = runAndOr(andOr, background ? { ...ex, out: jobTerminal(ex.world) } : ex);
    ex.shell.status = background ? 0 : status;
  }
}

/**
 * The terminal as a background job (`cmd &`) holds it: what the job prints, now or later (a
 * listener's data, a capture's lines), is shown after the command running at that moment. A job's
 * redirections (`tcpdump … > f &`) still go where they point.
 */
function jobTerminal(world: World): Pick<Transcript, "stream"> {
  return { stream: (fd: 1 | 2) => ({ write: (text: string) => void world.background.push({ fd, text }) }) };
}

function runAndOr({ first, rest }: AndOr, ex: Execution): number {
  let status = runPipeline(first, ex);
  for (const { op, pipeline } of rest) {
    ex.shell.status = status;
    if ((op === "&&") === (status === 0)) status = runPipeline(pipeline, ex);
  }
  return status;
}

/** Stages run one after another; each reads all the previous stage wrote, and stderr goes straight out. */
function runPipeline(pipeline: Pipeline, ex: Execution): number {
  let stdin = "";
  let status = 0;
  pipeline.forEach((command, index) => {
    const pipe = index < pipeline.length - 1 ? new PipeBuffer() : undefined;
    const fds = new Map([
      [1, pipe ?? ex.out.stream(1)],
      [2, ex.out.stream(2)],
    ]);
    // Each stage of a real pipeline is a subshell, so only a lone command's assignments last.
    status = runSimple(command, { stdin, fds }, ex, pipeline.length === 1);
    stdin = pipe?.text ?? "";
  });
  return status;
}

function runSimple(command: SimpleCommand, io: Io, ex: Execution, keepAssignments: boolean): number {
  const argv = command.words.flatMap((word) => expandWord(word, ex.shell));
  const redirected = applyRedirects(command.redirects, io, ex.world, ex.shell, ex.line);
  if ("error" in redirected) {
    io.fds.get(2)?.write(redirected.error);
    return 1;
  }
  if (argv[0] === "sudo") argv.shift(); // scripts copied from a terminal say sudo; the playground is root
  if (argv.length === 0) {
    if (keepAssignments) {
      for (const { name, value } of command.assignments)
        ex.shell.vars.set(name, expandToString(value, ex.shell));
    }
    return 0;
  }
  const { stdin, fds } = redirected;
  return runArgv({
    world: ex.world,
    netns: ex.netns,
    argv,
    stdin,
    stdout: fds.get(1) ?? discard,
    stderr: fds.get(2) ?? discard,
  });
}
