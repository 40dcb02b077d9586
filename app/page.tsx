import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startAutosave } from "./scenario/autosave";
import { openPlayground } from "./scenario/opening";
import { useWorld } from "./world/store";

/** Opens the playground in `root`: its first scenario queued for the engine, then the page drawn. */
export function startPage(root: HTMLElement): void {
  // The opening scenario (a link's, the autosave, or the opening world) is queued before anything can
  // be typed, so a line typed early runs after it.
  openPlayground();
  startAutosave();
  void useWorld.getState().refresh();

  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
