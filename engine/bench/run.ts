import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { arch, cpus, totalmem } from "node:os";
import { benchConntrackNat } from "./conntrack-nat.bench";
import type { BenchResult, BenchRow } from "./measure";
import { benchPacketPath } from "./packet-path.bench";
import { benchRestore } from "./restore.bench";
import { printTable } from "./table";

/**
 * `npm run bench [figure…]`: the engine's figures (1–3) here; the app's (4) come from e2e/bench, which
 * writes bench/app-results.json, merged in when present. Prints a table and writes bench/results.json.
 */
const [cli = "dist-cli/netplay.cjs", workDir = "/tmp/netplay-bench", ...only] = process.argv.slice(2);
const wanted = (fig: string) => only.length === 0 || only.includes(fig);

const FIGURES: Record<string, () => BenchResult[]> = {
  "1": () => benchRestore(workDir, cli),
  "2": benchPacketPath,
  "3": benchConntrackNat,
};

const APP_RESULTS = "bench/app-results.json";

const results: BenchRow[] = [];
for (const [fig, bench] of Object.entries(FIGURES)) {
  if (!wanted(fig)) continue;
  try {
    results.push(...bench());
  } catch (err) {
    // A contender that fails has no figure: say why, and go on with the others.
    const why = err instanceof Error ? err.message.trim() : String(err);
    results.push({ figure: fig, name: `figure ${fig}`, skipped: why });
  }
}
if (wanted("4") && !existsSync(APP_RESULTS))
  results.push({ figure: "4", name: "the app", skipped: `${APP_RESULTS} is missing: run npm run bench` });
else if (wanted("4"))
  results.push(...(JSON.parse(readFileSync(APP_RESULTS, "utf8")) as { results: BenchRow[] }).results);

printTable(results);

const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  arch: arch(),
  node: process.version,
};
mkdirSync("bench", { recursive: true });
writeFileSync(
  "bench/results.json",
  JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2) + "\n",
);
