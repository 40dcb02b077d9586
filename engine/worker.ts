/**
 * The engine's side of the Web Worker boundary: one World lives here, and the app changes it only
 * through command lines (architecture idea 1). The app holds a typed `Remote<EngineApi>` from comlink;
 * everything crossing the boundary is plain structured-cloneable data.
 *
 * No DOM here: the worker global is comlink's default endpoint, so this file needs no DOM or WebWorker
 * types and type-checks under engine/tsconfig.json like the rest of the engine.
 */
import { expose } from "comlink";
import { createWorld, parseWorldName, type WorldName } from "./scenario/worlds";
import { createShellState, runLine, type CommandResult, type ShellState } from "./shell";
import { captureAll, viewOf, type CaptureLine, type WorldView } from "./view";
import type { World } from "./world";

/** The article's host on its LAN with dockerd (Docker 29) running: what the playground opens on. */
const DEFAULT_WORLD: WorldName = "docker";
const HOST = "host";

/** A command's result, with what a `tcpdump -n` on every device would have printed meanwhile. */
export interface ExecResult extends CommandResult {
  readonly capture: readonly CaptureLine[];
}

export interface EngineApi {
  /**
   * Runs one playground command line in `netns` (the host namespace when omitted). The result's
   * `trace` holds the steps of every packet the line sent, for the player to replay.
   */
  exec(line: string, netns?: string): Promise<ExecResult>;
  /** Throws the current world away and starts again from the named preset (`docker` when omitted). */
  reset(world?: string): Promise<void>;
  /** A snapshot of the world to draw: namespaces, devices, routes, rules, conntrack. */
  view(): Promise<WorldView>;
}

let world: World = createWorld(DEFAULT_WORLD);
/** One shell per namespace terminal, so variables and `$?` carry from line to line as in bash. */
let shells = new Map<string, ShellState>();

function shellFor(netns: string): ShellState {
  let shell = shells.get(netns);
  if (!shell) shells.set(netns, (shell = createShellState()));
  return shell;
}

const api: EngineApi = {
  async exec(line, netns = HOST) {
    const capture = captureAll(world);
    const result = runLine(world, line, netns, shellFor(netns), true);
    return { ...result, capture: capture.stop() };
  },
  async reset(name = DEFAULT_WORLD) {
    const preset = parseWorldName(name);
    if (typeof preset !== "string") throw new Error(preset.error);
    world = createWorld(preset);
    shells = new Map();
  },
  async view() {
    return viewOf(world);
  },
};

expose(api);
