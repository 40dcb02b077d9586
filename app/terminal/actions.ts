import type { ScenarioDocument } from "../../engine/scenario/document";
import { useLayout } from "../canvas/store";
import { call, isEngineFailure } from "../engine-client";
import { isDockerCommand, useDockerDiff, type DockerRun } from "../panels/docker-diff";
import { usePlayer, type PlayerState } from "../player/store";
import { autosave } from "../scenario/autosave";
import { currentDocument, selectedStep } from "../scenario/snapshot";
import { useScenario } from "../scenario/store";
import { useTerminal } from "../store";
import { START_DOCUMENT } from "../world/start";
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
 * (whose tab comes to the front) and in the scenario. Every gesture of the app ends here, so the mouse
 * teaches the keyboard. Packets the line sent go to the player with their capture; the world's
 * picture is refreshed; a docker line's rule changes are kept for "What Docker did".
 */
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
  let traced = false;
  let dockerd: DockerRun["dockerd"];
  try {
    const result = await call((engine) => engine.exec(command, netns));
    status = result.status;
    dockerd = result.dockerd;
    finish(id, result.output, status);
    traced = result.trace !== undefined;
    if (result.trace) {
      const slice = (start: number, end: number) => call((engine) => engine.traceSlice(start, end));
      await usePlayer.getState().receive(command, result.trace, result.capture, slice);
    }
  } catch (err) {
    finish(id, [{ fd: 2, text: `playground: internal error: ${describe(err)}\n` }], status);
    // A line that crashed or hung the engine is not kept: autosave must not replay it on reload.
    if (isEngineFailure(err)) {
      await useWorld.getState().refresh();
      return status;
    }
  }
  useScenario.getState().record({ netns, line: command }, traced);
  await useWorld.getState().refresh();
  if (isDockerCommand(command))
    useDockerDiff.getState().record(command, before, useWorld.getState().view, { status, dockerd });
  autosave();
  return status;
}

/** A line the user asked for: it makes the lines waiting to be redone moot. */
async function executeNew(line: string, netns: string): Promise<number> {
  useScenario.getState().setUndone([]);
  return execute(line, netns);
}

/** Runs one command line (see `execute`); resolves to its exit status. */
export const runCommand = (line: string, netns: string = HOST): Promise<number> =>
  enqueue(() => executeNew(line, netns));

/** Runs lines one after the other, as typed, with nothing in between; stops at the first that fails, as `&&` would. */
export const runCommands = (lines: readonly string[], netns: string = HOST): Promise<number> =>
  enqueue(async () => {
    for (const line of lines) {
      const status = await executeNew(line, netns);
      if (status !== 0) return status;
    }
    return 0;
  });

/** The packets the player holds, to give back to it once later lines have taken it. */
type Loaded = Pick<PlayerState, "command" | "trace" | "capture">;

/**
 * Rebuilds `doc` from nothing: a fresh world of its preset, then its lines in order (all of them,
 * whatever their status, as they first ran), then its layout and selected step. The terminal shows
 * the replayed lines as if typed. Resolves to the last line's status.
 */
async function replay(doc: ScenarioDocument): Promise<number> {
  const scenario = useScenario.getState();
  scenario.setReplaying(true);
  let status = 0;
  try {
    await call((engine) => engine.reset(doc.world));
    useTerminal.getState().reset();
    usePlayer.getState().clear();
    useDockerDiff.getState().clear();
    scenario.begin(doc.world);
    useLayout.getState().place(doc.layout);
    const { selection } = doc;
    let selected: Loaded | undefined;
    for (const [i, { netns, line }] of doc.commands.entries()) {
      status = await execute(line, netns);
      if (i === selection?.command && useScenario.getState().shown === i)
        selected = { ...usePlayer.getState() };
    }
    if (selection && selected) {
      usePlayer.getState().load(selected.command ?? "", selected.trace, selected.capture);
      useScenario.getState().setShown(selection.command);
      const step = selectedStep(selection);
      if (step !== undefined) usePlayer.getState().goTo(step);
    }
    useScenario.getState().setReplaying(false);
    autosave();
  } catch (err) {
    // The autosave still holds the work as it was before the replay began.
    useScenario.getState().setReplaying(false);
    scenario.say({ kind: "error", text: `Could not rebuild the scenario: ${describe(err)}` });
    status = 70;
  }
  await useWorld.getState().refresh();
  return status;
}

/** Opens a scenario (a link, a file, a saved one) in place of the current work. */
export function openScenario(doc: ScenarioDocument): Promise<number> {
  useScenario.getState().setUndone([]);
  return enqueue(() => replay(doc));
}

/** Starts again from the opening world; queued, so nothing typed meanwhile lands in between. */
export const resetWorld = (): Promise<number> => openScenario(START_DOCUMENT);

/**
 * Takes back the last command: the world is rebuilt from its preset with every command but that one
 * (the kernel has no undo; replaying is exact because the engine is deterministic). Does nothing when
 * there is nothing to take back.
 */
export const undo = (): Promise<number> =>
  enqueue(async () => {
    const { commands, undone, setUndone } = useScenario.getState();
    const last = commands.at(-1);
    if (!last) return 0;
    const doc = currentDocument();
    setUndone([...undone, last]);
    const { selection } = doc;
    return replay({
      ...doc,
      commands: commands.slice(0, -1),
      ...(selection && selection.command < commands.length - 1 ? { selection } : { selection: undefined }),
    });
  });

/** Runs again the last command undone. */
export const redo = (): Promise<number> =>
  enqueue(async () => {
    const { undone, setUndone } = useScenario.getState();
    const next = undone.at(-1);
    if (!next) return 0;
    setUndone(undone.slice(0, -1));
    return execute(next.line, next.netns);
  });
