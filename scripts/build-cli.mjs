#!/usr/bin/env node
// Builds the netplay CLI into dist-cli/ for Node 20:
// - netplay-engine-HASH.cjs: engine/cli/netplay.ts and all it imports, one lean file named by its content;
// - netplay-engine-HASH.v8cache: V8's compiled code for it, saved from one run of scripts/cli-warm-up.sh;
// - netplay.cjs: the bin (engine/cli/launch.ts), which starts the engine from that cache.
// V8 checks a cache against its source's length only, so the name ties each cache to its one bundle.
// Every file is written through a temporary name and renamed, the bin last: a netplay started meanwhile
// runs the old build or the new one, never half of either.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist-cli");
export const bundle = join(outDir, "netplay.cjs");
const warmUp = join(root, "scripts/cli-warm-up.sh");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Whitespace and syntax only: V8 parses the smaller, comment-free (and so ASCII) bundle faster at
  // every start, while names stay readable in stack traces and profiles.
  minifyWhitespace: true,
  minifySyntax: true,
  write: false,
  logLevel: "warning",
};

/**
 * How the bin starts Node, when it is run as a program (`netplay`, or dist-cli/netplay.cjs itself):
 * - glibc's malloc asks for transparent huge pages for its big blocks (where the kernel grants them
 *   on request, as Debian's does). On this project's VMs the first touch of each 4 KB page costs some
 *   15 µs, and a run reads its whole script into a buffer and then into a string: 7 MB each for the
 *   kube-proxy benchmark, 0.05 s less with 2 MB pages. (A GLIBC_TUNABLES of the caller's own is
 *   replaced: netplay runs no program that would read it.)
 * - One V8 worker thread instead of four: a run is single-threaded, and on two vCPUs the other three
 *   only cost their start (some 0.02 s).
 * - No NODE_EXTRA_CA_CERTS: Node 20 reads and parses that CA bundle (and its own roots) at every
 *   start, 0.04 s here, where it is set for an HTTPS proxy; netplay opens no connection of any kind.
 */
const BIN_START = "-u NODE_EXTRA_CA_CERTS GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node --v8-pool-size=1";

function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

export async function buildCli() {
  mkdirSync(outDir, { recursive: true });
  const engineBuild = await build({
    ...common,
    entryPoints: [join(root, "engine/cli/netplay.ts")],
    outfile: join(outDir, "netplay-engine.cjs"),
    format: "cjs",
  });
  const code = engineBuild.outputFiles[0].contents;
  const engine = `netplay-engine-${createHash("sha256").update(code).digest("hex").slice(0, 16)}`;
  writeAtomically(join(outDir, `${engine}.cjs`), code);

  const launcherBuild = await build({
    ...common,
    entryPoints: [join(root, "engine/cli/launch.ts")],
    outfile: bundle,
    format: "cjs",
    banner: { js: `#!/usr/bin/env -S ${BIN_START}` },
    define: { NETPLAY_ENGINE: JSON.stringify(engine) },
  });
  // The new bin runs the warm-up under its own name (.cjs, so that Node loads it as CommonJS).
  const launcher = join(outDir, `netplay.${process.pid}.tmp.cjs`);
  writeFileSync(launcher, launcherBuild.outputFiles[0].contents);
  const cache = join(outDir, `${engine}.v8cache`);
  const warm = spawnSync(process.execPath, [launcher, "run", warmUp], {
    env: { ...process.env, NETPLAY_CODE_CACHE_OUT: `${cache}.${process.pid}.tmp` },
    encoding: "utf8",
  });
  if (warm.status !== 0 || warm.stderr !== "") {
    rmSync(launcher, { force: true });
    throw new Error(`the warm-up run of the new netplay failed (exit ${warm.status}):\n${warm.stderr}`);
  }
  renameSync(`${cache}.${process.pid}.tmp`, cache);
  chmodSync(launcher, 0o755);
  renameSync(launcher, bundle);
  for (const name of readdirSync(outDir)) {
    if (name.startsWith("netplay-engine-") && !name.startsWith(`${engine}.`)) rmSync(join(outDir, name));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
