import type { ScenarioDocument } from "../../engine/scenario/document";
import type { NumberedView, ViewUpdate } from "../../engine/view";
import type { EngineApi } from "../../engine/worker";

/** One call the page made to the engine, and what the engine answered. */
export interface AnsweredCall {
  readonly method: keyof EngineApi;
  readonly args: readonly unknown[];
  readonly answer: unknown;
}

/**
 * Opens `doc` on `engine` with the calls the page makes to open it (app/scenario/first-open.ts), in the
 * same order: the world's first picture, the preset, each line and the picture after it, and the
 * picture once the replay is done. What the engine answers is the page's first screen: the build
 * records it on a fresh engine, so a fresh page draws it before its worker has even loaded.
 */
export async function recordOpening(engine: EngineApi, doc: ScenarioDocument): Promise<AnsweredCall[]> {
  const calls: AnsweredCall[] = [];
  const ask = async <M extends keyof EngineApi>(method: M, ...args: Parameters<EngineApi[M]>) => {
    const answer = (await (engine[method] as (...a: unknown[]) => Promise<unknown>)(...args)) as Awaited<
      ReturnType<EngineApi[M]>
    >;
    calls.push({ method, args, answer });
    return answer;
  };
  let held: NumberedView | ViewUpdate = await ask("view");
  await ask("reset", doc.world);
  for (const { line, netns } of doc.commands) {
    await ask("exec", line, netns);
    held = await ask("viewSince", held.id);
  }
  await ask("viewSince", held.id);
  return calls;
}
