import { create } from "zustand";
import type { WorldView } from "../../engine/view";
import { call } from "../engine-client";

/** The engine's latest picture of the world; replaced wholesale after each command. */
export interface WorldState {
  readonly view: WorldView | null;
  /** Why the last snapshot could not be taken, if it could not. */
  readonly error: string | null;
  refresh(): Promise<void>;
}

export const useWorld = create<WorldState>()((set) => ({
  view: null,
  error: null,
  async refresh() {
    try {
      set({ view: await call((engine) => engine.view()), error: null });
    } catch (err) {
      set({ error: err instanceof Error ? err.message : String(err) });
    }
  },
}));
