/** The Node entry point of `netplay` (bundled into dist-cli/netplay.mjs by scripts/build-cli.mjs). */
import { readFileSync } from "node:fs";
import { main } from "./main";

// `netplay run big.sh | head` closes the pipe early; stop quietly as coreutils do, with no stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === "-" ? 0 : path, "utf8"),
});
