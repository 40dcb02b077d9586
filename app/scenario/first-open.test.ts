import { expose } from "comlink";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEngineApi } from "../../engine/engine-api";
import type { EngineApi } from "../../engine/worker";
import { recordOpening, type AnsweredCall } from "../world/opening-record";
import { openingSnapshot } from "../world/opening-snapshot";
import { START_DOCUMENT } from "../world/start";

/** The page's engine workers in this test: each runs a fresh engine behind a MessageChannel, as comlink sees a Worker. */
let workers: { calls: AnsweredCall[]; close(): void }[] = [];

class FakeWorker {
  constructor() {
    const { port1, port2 } = new MessageChannel();
    const engine = createEngineApi();
    const calls: AnsweredCall[] = [];
    // Every call the worker gets, with the answer the page gets (a structured clone, as postMessage makes).
    const recording = new Proxy(engine, {
      get:
        (target, method: keyof EngineApi) =>
        async (...args: unknown[]) => {
          const answer: unknown = await (target[method] as (...a: unknown[]) => Promise<unknown>)(...args);
          calls.push({ method, args, answer: structuredClone(answer) });
          return answer;
        },
    });
    expose(recording, port2);
    workers.push({ calls, close: () => (port1.close(), port2.close()) });
    return Object.assign(port1, { terminate: () => port1.close() });
  }
}

/** The page's modules afresh: the engine client, the stores and the command queue start empty. */
async function freshPage() {
  vi.resetModules();
  const { openFirst } = await import("./first-open");
  const { runCommand } = await import("../terminal/actions");
  const { useTerminal } = await import("../store");
  const { useWorld } = await import("../world/store");
  return { openFirst, runCommand, useTerminal, useWorld };
}

/** The snapshot as the page's bundle holds it: JSON. */
const bundled = async () => JSON.parse(JSON.stringify(await openingSnapshot())) as AnsweredCall[];

describe("the opening snapshot", () => {
  beforeEach(() => {
    workers = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => {
    for (const worker of workers) worker.close();
    vi.unstubAllGlobals();
  });

  it("is what a fresh engine answers to the page's own opening, call for call", async () => {
    const page = await freshPage();
    await page.openFirst(START_DOCUMENT);
    expect(workers).toHaveLength(1);
    // toEqual: JSON has no undefined, so `reset`'s answer and an empty patch lose their keys.
    expect(await bundled()).toEqual(workers[0]!.calls);
  });

  it("draws the opening without a worker; the worker started later holds the same world", async () => {
    const page = await freshPage();
    const snapshot = await bundled();
    await page.openFirst(START_DOCUMENT, snapshot);

    expect(workers).toHaveLength(0);
    const execs = snapshot.filter((c) => c.method === "exec");
    expect(
      page.useTerminal.getState().entries.map(({ command, output, status }) => ({ command, output, status })),
    ).toStrictEqual(
      execs.map(({ args, answer }) => ({
        command: args[0],
        output: (answer as { output: unknown }).output,
        status: 0,
      })),
    );
    const containers = page.useWorld.getState().view?.docker?.containers.map((c) => c.name);
    expect(containers).toStrictEqual(["web", "db"]);

    // The first line the page cannot answer starts the worker, which replays the opening first.
    const status = await page.runCommand("docker ps");
    expect(status).toBe(0);
    expect(workers).toHaveLength(1);
    const replayed = workers[0]!.calls;
    expect(replayed.slice(0, snapshot.length)).toEqual(snapshot);

    const reference = createEngineApi();
    await recordOpening(reference, START_DOCUMENT);
    const ps = await reference.exec("docker ps", "host");
    expect(page.useTerminal.getState().entries.at(-1)?.output).toStrictEqual(ps.output);
    // The worker numbered its views as the snapshot did: the page got a patch on the view it held.
    const held = (snapshot.at(-1)!.answer as { id: number }).id;
    expect(replayed.at(-1)).toMatchObject({ method: "viewSince", args: [held], answer: { base: held } });
    expect(page.useWorld.getState().view).toStrictEqual((await reference.view()).view);
  });

  it("keeps a line typed during the opening behind it", async () => {
    const page = await freshPage();
    const opened = page.openFirst(START_DOCUMENT, await bundled());
    const typed = page.runCommand("docker ps --format '{{.Names}}'");
    await opened;
    expect(await typed).toBe(0);
    expect(page.useTerminal.getState().entries.at(-1)?.output).toStrictEqual([{ fd: 1, text: "db\nweb\n" }]);
  });
});
