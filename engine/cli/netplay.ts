/** The engine side of `netplay`: the bundle that launch.ts starts (see scripts/build-cli.mjs). */
import { readFileSync } from "node:fs";
import { main } from "./main";

/** A byte above 0x7f, in text decoded as latin1 (where every char is one byte). */
const NON_ASCII = /[\x80-\xff]/;

/**
 * A file's text; pure ASCII (a script usually is) reads the same as latin1, which decodes much faster.
 * The check runs on the decoded text: V8's regular expression scans a 7 MB script in some 3 ms, where
 * Buffer's isAscii takes 15–20 ms on this kind of machine.
 */
function readText(path: string): string {
  const bytes = readFileSync(path === "-" ? 0 : path);
  const text = bytes.toString("latin1");
  return NON_ASCII.test(text) ? bytes.toString("utf8") : text;
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
