import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { getEngine } from "./engine-client";
import { startAutosave } from "./scenario/autosave";
import { openPlayground } from "./scenario/opening";
import { useWorld } from "./world/store";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Start the engine worker now, so it has loaded by the time the first command is typed.
getEngine();
// The opening scenario (a link's, the autosave, or the opening world) is queued before anything can be
// typed, so a line typed early runs after it.
openPlayground();
startAutosave();
void useWorld.getState().refresh();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
