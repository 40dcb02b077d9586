import { wrap, type Remote } from "comlink";
import type { EngineApi } from "../engine/worker";

export type Engine = Remote<EngineApi>;

/**
 * How long one call may take before the engine counts as hung: 15 s. The slowest legitimate call, a
 * 10,000-rule `iptables-restore`, takes under 1 s (BENCHMARKS.md); the margin is for a busy machine.
 */
export const ENGINE_BUDGET_MS = 15_000;
/** Until the worker first answers, its calls also wait for it to load and build the world. */
export const ENGINE_START_BUDGET_MS = 60_000;

/** Why the engine worker was thrown away: it threw out of its event loop, or it stopped answering. */
export interface EngineFailure {
  readonly kind: "crash" | "hang";
  /** What happened, in words, for the banner and the terminal. */
  readonly message: string;
}

/** The rejection of every call in flight when the worker fails. */
export class EngineFailedError extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.message);
    this.name = "EngineFailedError";
  }
}

export const isEngineFailure = (err: unknown): err is EngineFailedError => err instanceof EngineFailedError;

interface Started {
  readonly remote: Engine;
  /** Rejects when this worker fails: comlink alone would wait forever. */
  readonly failed: Promise<never>;
  /** Whether the worker has answered a call yet. */
  answered: boolean;
  fail(failure: EngineFailure): void;
}

let started: Started | undefined;
const listeners = new Set<(failure: EngineFailure) => void>();

/** Calls `listener` each time the worker fails, before the calls in flight reject. */
export function onEngineFailure(listener: (failure: EngineFailure) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function start(): Started {
  const worker = new Worker(new URL("../engine/worker.ts", import.meta.url), { type: "module" });
  let reject: (err: Error) => void = () => {};
  const failed = new Promise<never>((_, r) => (reject = r));
  failed.catch(() => {}); // observed through call(); not an unhandled rejection on its own
  let done = false;
  const self: Started = {
    remote: wrap<EngineApi>(worker),
    failed,
    answered: false,
    fail(failure) {
      if (done) return;
      done = true;
      // A dead or spinning worker is never reused: the next call starts a fresh one.
      worker.terminate();
      if (started === self) started = undefined;
      for (const listener of listeners) listener(failure);
      reject(new EngineFailedError(failure));
    },
  };
  worker.addEventListener("error", (e) => {
    e.preventDefault();
    self.fail({ kind: "crash", message: `the engine crashed: ${e.message || "its worker failed to load"}` });
  });
  worker.addEventListener("messageerror", () =>
    self.fail({ kind: "crash", message: "the engine crashed: it sent a message that could not be read" }),
  );
  return self;
}

/** The engine worker, started on first use. */
export function getEngine(): Engine {
  started ??= start();
  return started.remote;
}

/**
 * Calls the engine, failing fast instead of hanging: a worker that dies or takes longer than
 * ENGINE_BUDGET_MS is terminated, every call in flight rejects with an EngineFailedError, and the
 * next call runs on a fresh worker (with a fresh world).
 */
export function call<T>(request: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = (started ??= start());
  const ms = engine.answered ? ENGINE_BUDGET_MS : ENGINE_START_BUDGET_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<never>(() => {
    timer = setTimeout(
      () => engine.fail({ kind: "hang", message: `the engine stopped answering for ${ms / 1000} s` }),
      ms,
    );
  });
  const answer = request(engine.remote).finally(() => (engine.answered = true));
  return Promise.race([answer, engine.failed, budget]).finally(() => clearTimeout(timer));
}
