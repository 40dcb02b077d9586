import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { getEngine } from "./engine-client";
import { startWorld } from "./terminal/actions";
import { useWorld } from "./world/store";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Start the engine worker now, so it has loaded by the time the first command is typed.
getEngine();
// The opening commands are queued before anything can be typed, so a line typed early runs after them.
void startWorld();
void useWorld.getState().refresh();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
