import { create } from "zustand";
import type { ScenarioCommand, ScenarioDocument } from "../../engine/scenario/document";

/** What the scenario bar tells the reader: a refusal (read aloud at once) or a confirmation. */
export interface ScenarioMessage {
  readonly kind: "error" | "info";
  readonly text: string;
}

/**
 * The scenario being built: the world preset and every command line run on it, in order. Undo
 * replays `commands` minus the last; the undone lines wait in `undone` (last undone first out) until
 * redone or until a new command makes them moot.
 */
export interface ScenarioState {
  readonly world: ScenarioDocument["world"];
  readonly commands: readonly ScenarioCommand[];
  readonly undone: readonly ScenarioCommand[];
  /** The index in `commands` of the line whose packets the player holds. */
  readonly shown: number | null;
  /** True while a scenario is being rebuilt: its intermediate states are not worth saving. */
  readonly replaying: boolean;
  readonly message: ScenarioMessage | null;
  /** Starts an empty history on a fresh `world`, keeping what waits to be redone. */
  begin(world: ScenarioDocument["world"]): void;
  /** Adds a line that ran; `traced` when its packets went to the player. */
  record(command: ScenarioCommand, traced: boolean): void;
  setUndone(undone: readonly ScenarioCommand[]): void;
  setShown(shown: number | null): void;
  setReplaying(replaying: boolean): void;
  say(message: ScenarioMessage | null): void;
}

export const useScenario = create<ScenarioState>()((set) => ({
  world: "docker",
  commands: [],
  undone: [],
  shown: null,
  replaying: false,
  message: null,
  begin: (world) => set({ world, commands: [], shown: null }),
  record: (command, traced) =>
    set((s) => ({ commands: [...s.commands, command], shown: traced ? s.commands.length : s.shown })),
  setUndone: (undone) => set({ undone }),
  setShown: (shown) => set({ shown }),
  setReplaying: (replaying) => set({ replaying }),
  say: (message) => set({ message }),
}));
