import { create } from "zustand";
import type { ScenarioDocument } from "../../engine/scenario/document";
import { onEngineFailure, type EngineFailure } from "../engine-client";
import { loadAutosave } from "../scenario/storage";

/** The engine's last failure, until the reader acts on it, with the work as it stood just before. */
export interface RecoveryState {
  readonly failure: EngineFailure | null;
  /**
   * The autosave when the engine failed: it was written after the last command that finished, so
   * it holds neither the command that broke the engine nor anything that command half-did.
   */
  readonly lastGood: ScenarioDocument | undefined;
  dismiss(): void;
}

export const useRecovery = create<RecoveryState>()((set) => ({
  failure: null,
  lastGood: undefined,
  dismiss: () => set({ failure: null, lastGood: undefined }),
}));

// Read synchronously at the failure, before the failing command's own bookkeeping saves again; while
// an earlier failure is still on screen, its state is the one worth going back to.
onEngineFailure((failure) =>
  useRecovery.setState((s) => ({ failure, lastGood: s.failure ? s.lastGood : loadAutosave() })),
);
