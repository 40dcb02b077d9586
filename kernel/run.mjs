#!/usr/bin/env node
// `npm run test:kernel`: bundles the kernel conformance suite (kernel/main.ts and the engine it
// imports) into a temporary file with esbuild, then runs it. Arguments go to the suite.
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(tmpdir(), `netplay-kernel-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, "kernel/main.ts")],
  outfile: bundle,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});
try {
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = await main(root, process.argv.slice(2));
} finally {
  rmSync(bundle, { force: true });
}
