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
void useWorld.getState().refresh().then(startWorld);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
