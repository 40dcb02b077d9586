import { wrap, type Remote } from "comlink";
import type { EngineApi } from "../engine/worker";

export type Engine = Remote<EngineApi>;

interface Started {
  readonly remote: Engine;
  /** Rejects when the worker fails to load or dies: comlink alone would wait forever. */
  readonly failed: Promise<never>;
}

let started: Started | undefined;

function start(): Started {
  const worker = new Worker(new URL("../engine/worker.ts", import.meta.url), { type: "module" });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (e) =>
      reject(new Error(e.message || "the engine worker failed to start")),
    );
  });
  failed.catch(() => {}); // observed through call(); not an unhandled rejection on its own
  return { remote: wrap<EngineApi>(worker), failed };
}

/** The engine worker, started on first use. */
export function getEngine(): Engine {
  started ??= start();
  return started.remote;
}

/** Calls the engine, failing fast instead of hanging if its worker died. */
export function call<T>(request: (engine: Engine) => Promise<T>): Promise<T> {
  started ??= start();
  return Promise.race([request(started.remote), started.failed]);
}
