/**
 * The engine's side of the Web Worker boundary: the app holds a typed `Remote<EngineApi>` from comlink.
 *
 * No DOM here: the worker global is comlink's default endpoint, so this file needs no DOM or WebWorker
 * types and type-checks under engine/tsconfig.json like the rest of the engine.
 */
import { expose } from "comlink";
import { createEngineApi } from "./engine-api";

export { TRACE_PART, type EngineApi, type ExecResult, type TraceHead } from "./engine-api";

expose(createEngineApi());
