/**
 * The kernel conformance suite (`npm run test:kernel`): every scenario in kernel/scenarios, and the
 * random cases of kernel/random, run on this machine's kernel (engine/lab builds them in namespaces
 * of their own) and in the engine; every listing, traffic result and rule hit must agree, after the
 * normalisations kernel/normalise.ts lists. The last line says how it went, for tooling.
 *
 * Arguments: scenario file names (or parts of them) to run only those. Environment:
 * NETPLAY_KERNEL_JOBS (labs at once, default 4), NETPLAY_KERNEL_SEED and NETPLAY_KERNEL_CASES for
 * the random cases.
 */
import { join } from "node:path";
import { compareRuns, formatDisagreement, type Disagreement } from "./compare";
import { cannotRun, mustRun } from "./environment";
import { pool } from "./pool";
import { readCorpus } from "./scenario-file";
import { runOnEngine, runOnKernel, type Scenario } from "./sides";

const jobs = Number(process.env.NETPLAY_KERNEL_JOBS ?? 4);

async function check(scenario: Scenario): Promise<Disagreement[]> {
  const started = Date.now();
  const kernel = await runOnKernel(scenario);
  const found = compareRuns(scenario.script, kernel, runOnEngine(scenario));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const report = found.map((d) => formatDisagreement(scenario.name, d)).join("");
  process.stdout.write(found.length ? report : `✓ ${scenario.name} (${seconds} s)\n`);
  return found;
}

export async function main(root: string, args: readonly string[]): Promise<number> {
  const why = cannotRun();
  if (why) {
    const fail = mustRun();
    process.stdout.write(`kernel conformance: ${fail ? "cannot run" : "skipped"}: ${why}\n`);
    return fail ? 1 : 0;
  }
  const corpus = readCorpus(join(root, "kernel/scenarios")).filter(
    (s) => args.length === 0 || args.some((arg) => s.name.includes(arg)),
  );
  const found = (await pool(corpus, jobs, check)).flat();
  process.stdout.write(
    `kernel conformance: ${corpus.length} scenarios, 0 random cases, ${found.length} disagreements\n`,
  );
  return found.length ? 1 : 0;
}
