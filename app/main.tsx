import { startEngine } from "./engine-client";
import { mayOpenSaved } from "./scenario/keys-stored";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The opening is drawn from the build's snapshot and the engine worker starts once it is painted. A
// link or saved work needs the engine to draw anything: its worker starts first, loading and building
// while the page's own code (React, the canvas, the terminal) loads and runs.
if (mayOpenSaved()) startEngine();
void import("./page").then(({ startPage }) => startPage(root));
