import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, totalmem } from "node:os";
import type { BenchResult } from "./measure";
import { benchPacketPath } from "./packet-path.bench";
import { benchRestore } from "./restore.bench";

/** `npm run bench`: every benchmark, a table on stdout and bench/results.json. */
const [cli = "dist-cli/netplay.mjs", workDir = "/tmp/netplay-bench"] = process.argv.slice(2);

const results: BenchResult[] = [...benchRestore(workDir, cli), ...benchPacketPath()];

const fmt = (n: number) => n.toFixed(3);
for (const r of results) {
  const range = `(min ${fmt(r.min)}, max ${fmt(r.max)})`;
  const peer = r.peer ? `   peer ${fmt(r.peer.value)} ${r.unit}   ratio ${r.ratio!.toFixed(2)}×` : "";
  const target = r.target ? `   target ${r.target}` : "";
  const skipped = r.skipped ? `   peer skipped: ${r.skipped}` : "";
  console.log(`${r.name}\n  ${fmt(r.value)} ${r.unit} ${range}${peer}${target}${skipped}`);
}

const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  arch: arch(),
};
mkdirSync("bench", { recursive: true });
writeFileSync(
  "bench/results.json",
  JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2) + "\n",
);
