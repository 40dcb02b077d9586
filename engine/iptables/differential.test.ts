import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import { replayGolden } from "../test/golden";
import { randomIptablesScript } from "../test/random-iptables";

/**
 * Random iptables scripts, each run by the real iptables 1.8.9 in a throwaway network namespace
 * (scripts/record-golden.mjs) and then by the engine: every command must print the same bytes and
 * exit alike. Needs root and iptables (CI has both); elsewhere there is nothing to compare with.
 * NETPLAY_DIFF_SEED and NETPLAY_DIFF_SCRIPTS choose other scripts; a failure names its seed.
 */
const canRecord =
  process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v iptables && command -v ip"]).status === 0;
const firstSeed = Number(process.env.NETPLAY_DIFF_SEED ?? 1);
const count = Number(process.env.NETPLAY_DIFF_SCRIPTS ?? 40);

describe.runIf(canRecord)("random scripts against the real iptables", () => {
  const dir = mkdtempSync(join(tmpdir(), "netplay-diff-"));
  const seeds = Array.from({ length: count }, (_, i) => firstSeed + i);
  const files = seeds.map((seed) => {
    const file = join(dir, `seed-${seed}.sh`);
    writeFileSync(file, randomIptablesScript(seed));
    return file;
  });
  execFileSync(process.execPath, ["scripts/record-golden.mjs", ...files], { stdio: "ignore" });
  seeds.forEach((seed, i) => describe(`seed ${seed} (${files[i]})`, () => replayGolden(files[i]!)));
});
