// npm run bench: builds the CLI and the benchmark runner, then runs every benchmark (engine/bench/).
import { execFileSync } from "node:child_process";
import { build } from "esbuild";

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
execFileSync(process.execPath, ["dist-cli/bench.mjs", "dist-cli/netplay.mjs"], { stdio: "inherit" });
