#!/usr/bin/env node
// Bundles the netplay CLI (engine/cli/netplay.ts) into dist-cli/netplay.mjs: one lean ESM file for Node 20.
// Writes through a temporary file and a rename, so a netplay started meanwhile never imports half a bundle.
import { chmodSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const entry = join(root, "engine/cli/netplay.ts");
export const bundle = join(root, "dist-cli/netplay.mjs");

export async function buildCli() {
  const result = await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Whitespace and syntax only: V8 parses the smaller, comment-free (and so ASCII) bundle faster at
    // every start, while names stay readable in stack traces and profiles.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    write: false,
    logLevel: "warning",
  });
  mkdirSync(dirname(bundle), { recursive: true });
  // The map first, so that the bundle never points at a missing or older map.
  const files = [...result.outputFiles].sort(
    (a, b) => Number(b.path.endsWith(".map")) - Number(a.path.endsWith(".map")),
  );
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  chmodSync(bundle, 0o755);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
