#!/usr/bin/env node
// `npm run netplay -- …`: rebuilds dist-cli/ when a file under engine/ (or one the build reads) is newer
// than the bin, dist-cli/netplay.cjs, then runs the bin in this process. Only the staleness check runs
// on every start; esbuild loads only to rebuild.
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist-cli/netplay.cjs");

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (!entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

const buildScript = join(root, "scripts/build-cli.mjs");
const buildInputs = [buildScript, join(root, "scripts/cli-warm-up.sh")];
const newestInput = Math.max(
  newestSourceTime(join(root, "engine")),
  ...buildInputs.map((f) => statSync(f).mtimeMs),
);
if (bundleTime() < newestInput) {
  const { buildCli } = await import(pathToFileURL(buildScript).href);
  try {
    await buildCli();
  } catch {
    // esbuild has already printed what is wrong with the sources.
    process.exit(1);
  }
}
// The bundle reads process.argv itself, as it does when run directly as the `netplay` bin.
await import(pathToFileURL(bundle).href);
