import { spawnSync, type SpawnSyncOptions } from "node:child_process";

/** One benchmark figure, as bench/results.json stores it (flat, one object per figure and peer). */
export interface BenchResult {
  /** Which figure of BENCHMARKS.md: "1" … "4". */
  readonly figure: string;
  readonly name: string;
  readonly unit: string;
  /** The engine's (or the app's) median. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Measured rounds after the warm-up. */
  readonly runs: number;
  readonly peer?: string;
  readonly peerValue?: number;
  readonly peerMin?: number;
  readonly peerMax?: number;
  /** value / peerValue: for seconds below 1 means the engine is faster, for packets/s above 1. */
  readonly ratio?: number;
  /** As BENCHMARKS.md words it: "≤ 1.0×" on the ratio, "≤ 1.5 s" on the value. */
  readonly target?: string;
  readonly met?: boolean;
  /** Why a peer (or the whole figure) was not measured. */
  readonly skipped?: string;
}

/** A figure that could not be measured at all (no browser, a failed build): why, and no number. */
export interface Unmeasured {
  readonly figure: string;
  readonly name: string;
  readonly skipped: string;
}

export type BenchRow = BenchResult | Unmeasured;

export const isMeasured = (row: BenchRow): row is BenchResult => "value" in row;

export interface Timed {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** At least 5 rounds after a warm-up, as the issue asks. */
export const ROUNDS = 5;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const summarize = (xs: readonly number[]): Timed => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  runs: xs.length,
});

/** Wall time of a whole process, in seconds; throws if it fails, so a broken run is never a number. */
export function timeProcess(cmd: string, args: readonly string[], options: SpawnSyncOptions = {}): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { stdio: "pipe", maxBuffer: 2 ** 28, encoding: "utf8", ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) {
    const said = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n").slice(-2).join(" / ");
    throw new Error(`${cmd} ${args.join(" ")} exited ${run.status}: ${said}`);
  }
  return seconds;
}

/**
 * Runs each contender once to warm up, then `runs` rounds in which every contender runs once, in turn,
 * so that drift of the machine affects all of them alike.
 */
export function alternate(contenders: readonly (() => number)[], runs = ROUNDS): Timed[] {
  for (const run of contenders) run();
  const samples: number[][] = contenders.map(() => []);
  for (let i = 0; i < runs; i++) contenders.forEach((run, j) => samples[j]!.push(run()));
  return samples.map(summarize);
}

/** The first of `tools` that is not on the PATH, or root missing, as the reason to skip a peer. */
export function missingForPeer(tools: readonly string[]): string | undefined {
  if (process.getuid?.() !== 0) return "needs root to make a throwaway network namespace";
  for (const tool of tools)
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  return undefined;
}

/** A bound on a figure: `on` "ratio" compares value / peer, "value" the figure itself. */
export interface Target {
  readonly op: "≤" | "≥";
  readonly bound: number;
  readonly on: "ratio" | "value";
  readonly unit?: string;
}

const ratioText = (x: number) => `${x.toFixed(1)}×`;

/** The figure as results.json keeps it: engine median, its peer's beside it, and the target checked. */
export function figure(
  fig: string,
  name: string,
  unit: string,
  engine: Timed,
  extra: { peer?: { name: string; timed: Timed }; target?: Target; skipped?: string } = {},
): BenchResult {
  const { peer, target, skipped } = extra;
  const ratio = peer ? engine.median / peer.timed.median : undefined;
  const checked = target?.on === "ratio" ? ratio : target ? engine.median : undefined;
  const bound = target
    ? `${target.op} ${target.on === "ratio" ? ratioText(target.bound) : `${target.bound} ${target.unit ?? unit}`}`
    : undefined;
  return {
    figure: fig,
    name,
    unit,
    value: engine.median,
    min: engine.min,
    max: engine.max,
    runs: engine.runs,
    ...(peer
      ? {
          peer: peer.name,
          peerValue: peer.timed.median,
          peerMin: peer.timed.min,
          peerMax: peer.timed.max,
          ratio,
        }
      : {}),
    ...(bound ? { target: bound } : {}),
    ...(target && checked !== undefined
      ? { met: target.op === "≤" ? checked <= target.bound : checked >= target.bound }
      : {}),
    ...(skipped ? { skipped } : {}),
  };
}
