import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { afterFirstPaint } from "./after-paint";
import { App } from "./App";
import { startEngine } from "./engine-client";
import { startAutosave } from "./scenario/autosave";
import { openPlayground } from "./scenario/opening";

/** Starts the engine worker once the first screen is painted. */
function StartEngineAfterPaint() {
  useEffect(() => afterFirstPaint(startEngine), []);
  return null;
}

/**
 * Opens the playground in `root`: its first scenario queued for the engine, then the page drawn. The
 * opening's snapshot takes a few ms to replay; the page is drawn once it has, rather than a frame per
 * answer on the way. Anything else is drawn once queued, showing what the engine has done so far.
 */
export function startPage(root: HTMLElement): void {
  const { fromSnapshot, drawable } = openPlayground();
  startAutosave();

  const draw = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
        {fromSnapshot && <StartEngineAfterPaint />}
      </StrictMode>,
    );
  void drawable.finally(draw);
}
