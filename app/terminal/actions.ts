import { call } from "../engine-client";
import { usePlayer } from "../player/store";
import { useTerminal } from "../store";
import { useWorld } from "../world/store";

const HOST = "host";

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Runs one command line in the engine and records it, with its output, in the terminal history.
 * Every gesture of the app ends here, so the mouse teaches the keyboard. Packets the line sent go
 * to the player; the world's picture is refreshed.
 */
export async function runCommand(line: string, netns: string = HOST): Promise<void> {
  const command = line.trim();
  if (command === "") return;
  const { begin, finish, clear } = useTerminal.getState();
  if (command === "clear") {
    clear();
    return;
  }
  const id = begin(command, netns);
  try {
    const result = await call((engine) => engine.exec(command, netns));
    finish(id, result.output, result.status);
    if (result.trace && result.trace.length > 0) usePlayer.getState().load(command, result.trace);
  } catch (err) {
    finish(id, [{ fd: 2, text: `playground: internal error: ${describe(err)}\n` }], 70);
  }
  await useWorld.getState().refresh();
}

/** Starts the world again from its preset and empties the history. */
export async function resetWorld(): Promise<void> {
  const { begin, finish, clear } = useTerminal.getState();
  try {
    await call((engine) => engine.reset());
    clear();
    usePlayer.getState().clear();
  } catch (err) {
    finish(begin("reset", HOST), [{ fd: 2, text: `playground: reset failed: ${describe(err)}\n` }], 70);
  }
  await useWorld.getState().refresh();
}
