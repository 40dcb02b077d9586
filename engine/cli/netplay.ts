/** The Node entry point of `netplay` (bundled into dist-cli/netplay.mjs by scripts/build-cli.mjs). */
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { main } from "./main";

// A run is short and keeps what it parses (a 50,000-rule restore keeps some 20 MB of rules), which
// makes V8 grow its young generation to 2 × 16 MB. Touching that memory for the first time costs
// more than the extra scavenges of staying at the initial 1 MB: in the kube-proxy benchmark, 17k
// page faults instead of 25k and 0.1 s less. Only the collector's pace changes, never the output.
setFlagsFromString("--semi-space-growth-factor=1");
// A run is also too short to earn back big optimised functions: the restore parser is compiled again
// after each shape of rule it meets late (a new extension, a "!"), and with less inlined into each
// compile (V8's default is 920 bytes of bytecode) the compiler thread does less work: about 0.08 s of
// CPU in the kube-proxy benchmark. The JIT's pace again, not what runs.
setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");

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
