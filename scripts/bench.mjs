// npm run bench [figure…]: builds the CLI and the benchmark runner, measures the app (figure 4) in
// headless Chromium, then runs the engine's benchmarks (engine/bench/), which print the table and
// write bench/results.json. `npm run bench -- 3` runs figure 3 only.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const only = process.argv.slice(2);
const wanted = (fig) => only.length === 0 || only.includes(fig);
const dist = process.env.NP_BENCH_DIST ?? "/tmp/netplay-bench/dist";

execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
await build({
  entryPoints: ["engine/bench/run.ts"],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outfile: "dist-cli/bench.mjs",
  logLevel: "warning",
});

if (wanted("4")) {
  // A stale file of an earlier run must never stand in for this one's figures.
  rmSync("bench/app-results.json", { force: true });
  const steps = [
    ["npx", ["vite", "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"]],
    ["npx", ["playwright", "test", "--config", "e2e/bench/playwright.config.ts"]],
  ];
  for (const [cmd, args] of steps) {
    const run = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NP_BENCH_DIST: dist } });
    if (run.status === 0) continue;
    // Figures measured before the failure stay; the rest is named as not measured, with no number.
    const file = "bench/app-results.json";
    const { results } = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { results: [] };
    const skipped = `\`${cmd} ${args.join(" ")}\` failed (exit ${run.status ?? run.signal}), see above`;
    results.push({ figure: "4", name: "the app: the figures missing above", skipped });
    mkdirSync("bench", { recursive: true });
    writeFileSync(file, `${JSON.stringify({ results }, null, 2)}\n`);
    break;
  }
}

// --expose-gc: figure 3 weighs the heap after a full collection.
execFileSync(
  process.execPath,
  ["--expose-gc", "dist-cli/bench.mjs", "dist-cli/netplay.cjs", "/tmp/netplay-bench", ...only],
  { stdio: "inherit" },
);
