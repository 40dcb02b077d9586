/**
 * Runs random cases a batch per lab, and turns each case the engine gets wrong into a minimal script
 * that still disagrees on its own, with the seed that makes it.
 */
import { compareRuns, formatDisagreement, formatUnstable, type Disagreement } from "../compare";
import { confirmed } from "../confirm";
import { shrink } from "../shrink";
import { runOnEngine, runOnKernel } from "../sides";
import { bareScript, batch, caseOf, type Batch } from "./batch";
import { randomCase } from "./generate";

/** Each shrink takes up to SHRINK_BUDGET lab runs of seconds each: only the first failing cases get one. */
let shrinksLeft = Number(process.env.NETPLAY_KERNEL_SHRINKS ?? 3);
const SHRINK_BUDGET = 30;

async function disagreements(name: string, script: string): Promise<Disagreement[]> {
  const scenario = { name, world: "bare" as const, script };
  const kernel = await runOnKernel(scenario);
  return compareRuns(script, kernel, runOnEngine(scenario));
}

/** Whether `lines` on a fresh bare world still disagree (a lab that failed proves nothing). */
async function stillFails(lines: readonly string[]): Promise<boolean> {
  const found = await disagreements("shrinking", bareScript(lines));
  return found.length > 0 && !found.some((d) => d.what.startsWith("the lab failed"));
}

/**
 * The shortest script found that disagrees, and what it needed. What runs after the first line that
 * disagreed (`line`, 1-based within the case) cannot matter and is cut first.
 */
async function reproduction(b: Batch, index: number, line: number): Promise<string> {
  const own = b.cases[index]!.lines.slice(0, line);
  let start = own;
  let needs = "on its own";
  if (!(await stillFails(own))) {
    start = [...b.cases.slice(0, index).flatMap((c) => c.lines), ...own];
    needs = `only after the cases before it (NETPLAY_KERNEL_SEED=${b.cases[0]!.seed} NETPLAY_KERNEL_CASES=${index + 1})`;
    if (!(await stillFails(start)))
      return "  it did not disagree again when run on its own or with the cases before it\n";
  }
  const { items, minimal } = await shrink(start, stillFails, SHRINK_BUDGET);
  const how = minimal
    ? "a minimal script"
    : `a shorter script (the shrink stopped after ${SHRINK_BUDGET} lab runs)`;
  const script = bareScript(items).trimEnd().replace(/^/gm, "    ");
  return `  it disagrees ${needs}; ${how} that still does (netplay run --world bare):\n${script}\n`;
}

/** Checks one batch of random cases, printing what disagreed; returns the number of disagreements. */
export async function checkBatch(seeds: readonly number[]): Promise<number> {
  const started = Date.now();
  const b = batch(seeds.map(randomCase));
  const name = `random cases ${seeds[0]}–${seeds[seeds.length - 1]}`;
  const { found, unstable } = await confirmed(() => disagreements(name, b.script));
  for (const d of unstable) {
    const index = d.step === undefined ? undefined : caseOf(b, d.step);
    const local = index === undefined ? d : { ...d, step: d.step! - b.firstLine[index]! + 1 };
    process.stdout.write(
      formatUnstable(index === undefined ? name : `random case ${b.cases[index]!.seed}`, local),
    );
  }
  if (found.length === 0) {
    process.stdout.write(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return 0;
  }
  const byCase = new Map<number, Disagreement[]>();
  let report = "";
  for (const d of found) {
    if (d.step === undefined) {
      report += formatDisagreement(name, d);
      continue;
    }
    const index = caseOf(b, d.step);
    const local = { ...d, step: d.step - b.firstLine[index]! + 1 };
    byCase.set(index, [...(byCase.get(index) ?? []), local]);
  }
  for (const [index, list] of byCase) {
    const seed = b.cases[index]!.seed;
    report += list.map((d) => formatDisagreement(`random case ${seed}`, d)).join("");
    report +=
      shrinksLeft-- > 0
        ? await reproduction(b, index, list[0]!.step!)
        : `  (not shrunk; alone: NETPLAY_KERNEL_SEED=${seed} NETPLAY_KERNEL_CASES=1 npm run test:kernel -- --random-only)\n`;
  }
  process.stdout.write(report);
  return found.length;
}
