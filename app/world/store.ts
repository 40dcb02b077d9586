import { create } from "zustand";
import { receiveView, type NumberedView, type ViewUpdate } from "../../engine/view/patch";
import type { WorldView } from "../../engine/view";
import { call, onEngineFailure } from "../engine-client";

/** The engine's latest picture of the world; replaced after each command. */
export interface WorldState {
  readonly view: WorldView | null;
  /** Why the last snapshot could not be taken, if it could not. */
  readonly error: string | null;
  refresh(): Promise<void>;
}

/**
 * The view held, with the worker's number for it: the worker sends only what changed since (a
 * command on a 10,000-rule world would otherwise post megabytes for the page to read).
 */
let held: NumberedView | undefined;
// A new worker numbers its views afresh: ask it for a whole one.
onEngineFailure(() => (held = undefined));

async function latest(): Promise<NumberedView> {
  const known = held;
  if (!known) return call((engine) => engine.view());
  const update = await call<ViewUpdate>((engine) => engine.viewSince(known.id));
  // A patch on a view not held (a refresh in between took that one) is useless: ask for a whole view.
  return receiveView(known, update) ?? call((engine) => engine.view());
}

export const useWorld = create<WorldState>()((set) => ({
  view: null,
  error: null,
  async refresh() {
    try {
      held = await latest();
      set({ view: held.view, error: null });
    } catch (err) {
      set({ error: err instanceof Error ? err.message : String(err) });
    }
  },
}));
