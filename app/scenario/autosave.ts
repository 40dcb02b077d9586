import { useLayout } from "../canvas/store";
import { usePlayer } from "../player/store";
import { currentDocument } from "./snapshot";
import { saveAutosave } from "./storage";
import { useScenario } from "./store";

/** Saves the work now, unless a replay is halfway through it; a failure is said once, not thrown. */
export function autosave(): void {
  const scenario = useScenario.getState();
  if (scenario.replaying) return;
  const failed = saveAutosave(currentDocument());
  if (failed && scenario.message?.text !== failed) scenario.say({ kind: "error", text: failed });
}

/** Dragging a node or stepping through packets changes the work too, but many times a second. */
const SETTLE_MS = 400;
let timer: ReturnType<typeof setTimeout> | undefined;

function autosaveSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(autosave, SETTLE_MS);
}

/** Keeps the autosave up to date with the canvas layout and the player's step between commands. */
export function startAutosave(): void {
  useLayout.subscribe((s, before) => {
    if (s.moved !== before.moved) autosaveSoon();
  });
  usePlayer.subscribe((s, before) => {
    if (s.step !== before.step) autosaveSoon();
  });
}
