import { call } from "../engine-client";
import { isDockerCommand, useDockerDiff } from "../panels/docker-diff";
import { usePlayer } from "../player/store";
import { useTerminal } from "../store";
import { START_COMMANDS } from "../world/start";
import { useWorld } from "../world/store";

const HOST = "host";

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Commands run one at a time, in the order they were asked for: a line typed while the opening
 * commands still run waits for all of them, as it would behind a script in a real terminal.
 */
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Runs one command line in the engine and records it, with its output, in the terminal history
 * (whose tab comes to the front). Every gesture of the app ends here, so the mouse teaches the
 * keyboard. Packets the line sent go to the player with their capture; the world's picture is
 * refreshed; a docker line's rule changes are kept for "What Docker did". Resolves to the exit status.
 */
export const runCommand = (line: string, netns: string = HOST): Promise<number> =>
  enqueue(() => execute(line, netns));

async function execute(line: string, netns: string): Promise<number> {
  const command = line.trim();
  if (command === "") return 0;
  const { begin, finish, clear, setTab } = useTerminal.getState();
  setTab(netns);
  if (command === "clear") {
    clear();
    return 0;
  }
  const before = useWorld.getState().view;
  const id = begin(command, netns);
  let status = 70;
  try {
    const result = await call((engine) => engine.exec(command, netns));
    status = result.status;
    finish(id, result.output, status);
    if (result.trace && result.trace.length > 0)
      usePlayer.getState().load(command, result.trace, result.capture);
  } catch (err) {
    finish(id, [{ fd: 2, text: `playground: internal error: ${describe(err)}\n` }], status);
  }
  await useWorld.getState().refresh();
  if (isDockerCommand(command)) useDockerDiff.getState().record(command, before, useWorld.getState().view);
  return status;
}

/** Runs lines one after the other, as typed, with nothing in between; stops at the first that fails, as `&&` would. */
export const runCommands = (lines: readonly string[], netns: string = HOST): Promise<number> =>
  enqueue(async () => {
    for (const line of lines) {
      const status = await execute(line, netns);
      if (status !== 0) return status;
    }
    return 0;
  });

/** The world's first commands: the containers the playground opens on. */
export const startWorld = (): Promise<number> => runCommands(START_COMMANDS);

/**
 * Starts the world again from its preset, empties the history and runs the first commands again;
 * both are queued at once, so nothing typed meanwhile lands between them.
 */
export function resetWorld(): Promise<number> {
  void enqueue(async () => {
    const { begin, finish, reset } = useTerminal.getState();
    try {
      await call((engine) => engine.reset());
      reset();
      usePlayer.getState().clear();
      useDockerDiff.getState().clear();
    } catch (err) {
      finish(begin("reset", HOST), [{ fd: 2, text: `playground: reset failed: ${describe(err)}\n` }], 70);
    }
    await useWorld.getState().refresh();
  });
  return startWorld();
}
