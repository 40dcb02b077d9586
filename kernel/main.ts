/**
 * The kernel conformance suite (`npm run test:kernel`): every scenario in kernel/scenarios, and the
 * random cases of kernel/random, run on this machine's kernel (engine/lab builds them in namespaces
 * of their own) and in the engine; every listing, traffic result and rule hit must agree, after the
 * normalisations kernel/normalise.ts lists. The last line says how it went, for tooling.
 *
 * Arguments: scenario file names (or parts of them) to run only those, and no random cases unless
 * NETPLAY_KERNEL_CASES says how many; `--random-only` runs no scenarios. Environment:
 * NETPLAY_KERNEL_JOBS (labs at once, default 4: a lab mostly waits), NETPLAY_KERNEL_SEED (the first case's seed,
 * default 1), NETPLAY_KERNEL_CASES (default 500), NETPLAY_KERNEL_BATCH (cases per lab, default 25)
 * and NETPLAY_KERNEL_SHRINKS (failing cases shrunk to a minimal script, default 3).
 */
import { join } from "node:path";
import { compareRuns, formatDisagreement, formatUnstable } from "./compare";
import { confirmed } from "./confirm";
import { cannotRun, mustRun } from "./environment";
import { pool } from "./pool";
import { seedBatches } from "./random/batch";
import { checkBatch } from "./random/check";
import { readCorpus } from "./scenario-file";
import { runOnEngine, runOnKernel, type Scenario } from "./sides";

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const jobs = env("NETPLAY_KERNEL_JOBS", 4);

async function check(scenario: Scenario): Promise<number> {
  const started = Date.now();
  const { found, unstable } = await confirmed(async () =>
    compareRuns(scenario.script, await runOnKernel(scenario), runOnEngine(scenario)),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const once = unstable.map((d) => formatUnstable(scenario.name, d));
  const report = found.map((d) => formatDisagreement(scenario.name, d)).join("");
  process.stdout.write(once.join("") + (found.length ? report : `✓ ${scenario.name} (${seconds} s)\n`));
  return found.length;
}

export async function main(root: string, args: readonly string[]): Promise<number> {
  const why = cannotRun();
  if (why) {
    const fail = mustRun();
    process.stdout.write(`kernel conformance: ${fail ? "cannot run" : "skipped"}: ${why}\n`);
    return fail ? 1 : 0;
  }
  const names = args.filter((arg) => arg !== "--random-only");
  const corpus = args.includes("--random-only")
    ? []
    : readCorpus(join(root, "kernel/scenarios")).filter(
        (s) => names.length === 0 || names.some((name) => s.name.includes(name)),
      );
  const cases =
    names.length && process.env.NETPLAY_KERNEL_CASES === undefined ? 0 : env("NETPLAY_KERNEL_CASES", 500);
  const batches = seedBatches(env("NETPLAY_KERNEL_SEED", 1), cases, env("NETPLAY_KERNEL_BATCH", 25));
  // The batches first: they run longest.
  const work = [...batches.map((seeds) => () => checkBatch(seeds)), ...corpus.map((s) => () => check(s))];
  const found = (await pool(work, jobs, (run) => run())).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `kernel conformance: ${corpus.length} scenarios, ${cases} random cases, ${found} disagreements\n`,
  );
  return found ? 1 : 0;
}
