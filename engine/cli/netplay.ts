/** The Node entry point of `netplay` (bundled into dist-cli/netplay.mjs by scripts/build-cli.mjs). */
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";
import { main } from "./main";

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
