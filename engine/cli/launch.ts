/**
 * dist-cli/netplay.cjs, the `netplay` bin: starts the engine bundle (netplay.ts and all it imports,
 * built by scripts/build-cli.mjs) from the V8 code cache made at build time, so that a run does not
 * parse and compile half a megabyte of JavaScript again: some 0.05 s of every start.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

/** The bundle's file name without extension; it names the bundle's content hash (see build-cli). */
declare const NETPLAY_ENGINE: string;

// V8 takes a code cache only under the flags it was made with, so they are set here, before compiling.
//
// A run is short and keeps what it parses, which makes V8 grow its young generation to 2 × 16 MB.
// Touching that memory for the first time costs more than the extra scavenges of staying at the
// initial 1 MB: in the kube-proxy benchmark, 17k page faults instead of 25k and 0.1 s less.
setFlagsFromString("--semi-space-growth-factor=1");
// A run is also too short to earn back big optimised functions: the restore parser is compiled again
// after each shape of rule it meets late (a new extension, a "!"), and with less inlined into each
// compile (V8's default is 920 bytes of bytecode) the compiler thread does less work: about 0.08 s of
// CPU in the kube-proxy benchmark. Only the JIT's pace changes, never what runs.
setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");

// CommonJS, because Node starts a CommonJS main some 15 ms sooner than a module.
const file = join(__dirname, `${NETPLAY_ENGINE}.cjs`);
const cacheFile = join(__dirname, `${NETPLAY_ENGINE}.v8cache`);

function cachedCode(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// The bundle is ASCII (esbuild escapes the rest), which reads fastest as latin1. A cache made by
// another Node is rejected by V8 and the bundle is compiled as usual.
const source = readFileSync(file, "latin1");
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData: cachedCode(),
});
// The build runs netplay once with this set, and V8 saves every function that run compiled.
const cacheOut = process.env.NETPLAY_CODE_CACHE_OUT;
if (cacheOut) process.once("exit", () => writeFileSync(cacheOut, script.createCachedData()));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, __dirname);
