import { wrap, type Remote } from "comlink";
import type { EngineApi } from "../engine/worker";
import type { AnsweredCall } from "./world/opening-record";

export type Engine = Remote<EngineApi>;

/**
 * How long one call may take before the engine counts as hung: 15 s. The slowest legitimate call, a
 * 10,000-rule `iptables-restore`, takes under 1 s (BENCHMARKS.md); the margin is for a busy machine.
 */
export const ENGINE_BUDGET_MS = 15_000;
/**
 * Until the worker first answers, its calls also wait for it to load and build the world (and, on a
 * page opened from the snapshot, to replay the opening).
 */
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

type Request<T> = (engine: Engine) => Promise<T>;

/** Calls the started worker within its budget (see `call`). */
function send<T>(engine: Started, request: Request<T>): Promise<T> {
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

/**
 * The engine's answers to the page's opening, recorded at build time (app/world/opening-record.ts),
 * not yet asked for. While some are left, the page's calls are answered from them at once.
 */
let recorded: AnsweredCall[] = [];
/**
 * Calls answered from the recording before the worker started. The worker gets them first, in order,
 * and so builds the world the page already shows (the engine is deterministic).
 */
const backlog: Request<unknown>[] = [];

const ignore = () => undefined;

/** The running worker, started now if it is not; the first one gets the backlog before anything else. */
function live(): Started {
  if (started) return started;
  const engine = (started = start());
  // Its failure is reported through onEngineFailure; the page is not waiting for these answers.
  for (const request of backlog.splice(0)) void send(engine, request).catch(ignore);
  return engine;
}

/**
 * Stands in for the worker while the recording lasts: a call that is the next recorded one gets its
 * recorded answer and goes to the worker too (now, or in the backlog); any other call ends the
 * recording and waits for the worker, behind the backlog.
 */
const fromRecording = new Proxy({} as Engine, {
  get:
    (_, method) =>
    (...args: unknown[]): Promise<unknown> => {
      const request = (engine: Engine) =>
        (engine[method as keyof Engine] as (...a: unknown[]) => Promise<unknown>)(...args);
      const next = recorded[0];
      if (next?.method !== method || JSON.stringify(next.args) !== JSON.stringify(args)) {
        recorded = [];
        return send(live(), request);
      }
      recorded.shift();
      if (started) void send(started, request).catch(ignore);
      else backlog.push(request);
      // In a task of its own, as the worker's message would come: what one answer sets off (a store
      // updated, the next call made) settles before the next answer arrives, in the worker's order.
      return new Promise((resolve) => setTimeout(() => resolve(next.answer)));
    },
});

/**
 * Answers the page's next calls from `calls` (what a fresh engine answered to the same calls), so the
 * page draws its opening without waiting for the worker, which starts later (`startEngine`).
 */
export function answerFromRecording(calls: readonly AnsweredCall[]): void {
  recorded = [...calls];
}

/** Starts the engine worker now, if it is not running, for the calls to come. */
export function startEngine(): void {
  live();
}

/**
 * Calls the engine, failing fast instead of hanging: a worker that dies or takes longer than
 * ENGINE_BUDGET_MS is terminated, every call in flight rejects with an EngineFailedError, and the
 * next call runs on a fresh worker (with a fresh world). The worker starts on the first call that
 * the opening's recording cannot answer.
 */
export function call<T>(request: Request<T>): Promise<T> {
  return recorded.length > 0 ? request(fromRecording) : send(live(), request);
}
