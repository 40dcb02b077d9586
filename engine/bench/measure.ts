import { spawnSync, type SpawnSyncOptions } from "node:child_process";

/** One benchmark figure, as bench/results.json stores it. */
export interface BenchResult {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly peer?: {
    readonly name: string;
    readonly value: number;
    readonly min: number;
    readonly max: number;
  };
  /** value / peer value: for seconds below 1 means the engine is faster, for packets/s above 1. */
  readonly ratio?: number;
  readonly target?: string;
  /** Why a peer was not measured. */
  readonly skipped?: string;
}

export interface Timed {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Wall time of a whole process, in seconds; throws if it fails, so a broken run is never a number. */
export function timeProcess(cmd: string, args: readonly string[], options: SpawnSyncOptions = {}): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { stdio: ["pipe", "ignore", "pipe"], ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return seconds;
}

/**
 * Runs each contender once to warm up, then `runs` rounds in which every contender runs once, in turn,
 * so that drift of the machine affects all of them alike.
 */
export function alternate(contenders: readonly (() => number)[], runs = 5): Timed[] {
  for (const run of contenders) run();
  const samples: number[][] = contenders.map(() => []);
  for (let i = 0; i < runs; i++) contenders.forEach((run, j) => samples[j]!.push(run()));
  return samples.map((xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) }));
}
