import { getEngine } from "./engine-client";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The engine worker starts first: it loads and builds its world while the page's own code (React, the
// canvas, the terminal) loads and runs, instead of after it.
getEngine();
void import("./page").then(({ startPage }) => startPage(root));
