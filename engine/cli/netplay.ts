/** The Node entry point of `netplay` (bundled into dist-cli/netplay.mjs by scripts/build-cli.mjs). */
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { main } from "./main";

// A run is short and keeps what it parses (a 50,000-rule restore keeps some 20 MB of rules), which
// makes V8 grow its young generation to 2 × 16 MB. Touching that memory for the first time costs
// more than the extra scavenges of staying at the initial 1 MB: in the kube-proxy benchmark, 17k
// page faults instead of 25k and 0.1 s less. Only the collector's pace changes, never the output.
setFlagsFromString("--semi-space-growth-factor=1");

/** A file's text; pure ASCII (a script usually is) reads the same as latin1, which decodes much faster. */
function readText(path: string): string {
  const bytes = readFileSync(path === "-" ? 0 : path);
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
}

// `netplay run big.sh | head` closes the pipe early; stop quietly as coreutils do, with no stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readText,
});
