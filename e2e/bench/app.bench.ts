import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { decodeHash } from "../../engine/scenario/link-codec";
import { isScenarioError } from "../../engine/scenario/document";
import { figure, ROUNDS, summarize, type BenchResult } from "../../engine/bench/measure";
import { paste, shows, typeLine } from "../terminal-helpers";
import {
  countFrames,
  longestTask,
  longestTaskCpu,
  observeLongTasks,
  scriptsAtReady,
  shownAt,
  timeToInteractive,
  watchOpening,
} from "./probes";
import {
  BIG_TOPOLOGY_PACKET,
  bigTopology,
  LONG_CHAIN_PACKET,
  longInputChain,
  twentyContainers,
} from "./scenarios";

/**
 * §4: the app in headless Chromium. Each figure is added to bench/app-results.json as soon as it is
 * measured (a failed test starts a new worker, which would lose figures kept in memory); `npm run bench`
 * removes the file before a run and merges it into bench/results.json after. NP_BENCH_RESULTS names
 * another file, for a run of some figures alone that must not touch the one `npm run bench` merges.
 */
const APP_RESULTS = process.env.NP_BENCH_RESULTS ?? "bench/app-results.json";

function record(result: BenchResult): void {
  const { results } = existsSync(APP_RESULTS)
    ? (JSON.parse(readFileSync(APP_RESULTS, "utf8")) as { results: BenchResult[] })
    : { results: [] };
  mkdirSync("bench", { recursive: true });
  writeFileSync(APP_RESULTS, `${JSON.stringify({ results: [...results, result] }, null, 2)}\n`);
}

const once = (value: number) => ({ median: value, min: value, max: value, runs: 1 });

/** Building 200 containers or restoring 10,000 rules takes minutes on a loaded machine. */
const SLOW = 600_000;

/** What opening the playground took: its time to interactive and the scripts it fetched, by path. */
interface Opened {
  readonly tti: number;
  readonly scripts: Map<string, Buffer>;
  /** The paths of the scripts fetched before the page was interactive. */
  readonly beforeReady: readonly string[];
}

const isWorker = (path: string) => /\/worker-[^/]*\.js$/.test(path);

/** Opens the playground and waits for its opening; the milliseconds it took, and the JS it loaded. */
async function open(page: Page): Promise<Opened> {
  const scripts = new Map<string, Buffer>();
  page.on("response", (response) => {
    const url = response.url();
    if (url.endsWith(".js")) void response.body().then((body) => scripts.set(new URL(url).pathname, body));
  });
  await watchOpening(page);
  await page.goto("./");
  const tti = await timeToInteractive(page);
  return { tti, scripts, beforeReady: await scriptsAtReady(page) };
}

/** The scripts at `paths`, each gzipped (zlib's default level): the sum in KB, and each named. */
function gzipped(scripts: Map<string, Buffer>, paths: Iterable<string>): { total: number; parts: string } {
  const sizes = [...paths].map((path) => [path, gzipSync(scripts.get(path)!).length / 1024] as const);
  const total = sizes.reduce((sum, [, kb]) => sum + kb, 0);
  return {
    total,
    parts: sizes.map(([path, kb]) => `${path.split("/").pop()} ${kb.toFixed(0)} KB`).join(" + "),
  };
}

test("time to interactive and the JS loaded at start", async ({ browser }) => {
  const ttis: number[] = [];
  const answers: number[] = [];
  let opened: Opened | undefined;
  for (let i = 0; i <= ROUNDS; i++) {
    // A new context each time: nothing cached, no saved scenario.
    const context = await browser.newContext();
    const page = await context.newPage();
    const round = await open(page);
    // A line typed the moment the page is interactive: answered once the engine worker has loaded
    // and replayed the opening (the page starts it after its first paint, or at once on a keystroke).
    await typeLine(page, "echo npb-live");
    const answered = await shownAt(page, "npb-live");
    // The worker's script is fetched after the page became interactive; its body is read meanwhile.
    await expect.poll(() => [...round.scripts.keys()].some(isWorker), { timeout: 60_000 }).toBe(true);
    if (i > 0) {
      ttis.push(round.tti);
      answers.push(answered);
    }
    opened = round;
    await context.close();
  }
  record(
    figure(
      "4",
      "time to interactive: the default scenario drawn with its two containers, the terminal ready",
      "s",
      summarize(ttis.map((ms) => ms / 1000)),
      { target: { op: "≤", bound: 1.5, on: "value" } },
    ),
  );
  record(
    figure(
      "4",
      "a line typed as the page becomes interactive, answered by the engine worker (from navigation start)",
      "s",
      summarize(answers.map((ms) => ms / 1000)),
    ),
  );
  const { scripts, beforeReady } = opened!;
  const page = gzipped(scripts, beforeReady);
  record(
    figure("4", `initial JS, gzip (fetched before interactive): ${page.parts}`, "KB", once(page.total), {
      target: { op: "≤", bound: 250, on: "value" },
    }),
  );
  const all = gzipped(scripts, scripts.keys());
  record(figure("4", `JS with the engine worker's, gzip: ${all.parts}`, "KB", once(all.total)));
});

/** Runs a pasted script at the host's prompt and waits for `done` on the screen. */
async function run(page: Page, script: string, done: RegExp): Promise<void> {
  await paste(page, script.endsWith("\n") ? script : `${script}\n`);
  await shows(page, done, "host", SLOW);
}

test("frames per second while a packet plays across 200 containers on 10 networks", async ({ page }) => {
  await open(page);
  await run(page, `${bigTopology()} ; echo npb-topology`, /\nnpb-topology\n/);
  await expect(page.locator('[data-netns="c200"]')).toBeAttached({ timeout: 120_000 });
  const fps: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    await run(page, `${BIG_TOPOLOGY_PACKET} ; echo npb-sent-${i}`, new RegExp(`\\nnpb-sent-${i}\\n`));
    await expect(page.locator(".player-command")).toContainText(`npb-sent-${i}`);
    await page.getByRole("button", { name: "Play" }).click();
    const rate = await countFrames(page, 3000);
    await page.getByRole("button", { name: "Pause" }).click();
    if (i > 0) fps.push(rate);
  }
  record(
    figure(
      "4",
      "frames per second while Play animates a packet, 200 containers on 10 networks",
      "fps",
      summarize(fps),
      { target: { op: "≥", bound: 50, on: "value" } },
    ),
  );
});

test("the longest main-thread task while the worker traces through 10,000 rules", async ({
  page,
  browser,
}) => {
  await open(page);
  await run(page, `${longInputChain()}echo npb-rules`, /\nnpb-rules\n/);
  let round = 0;
  const trace = async () => {
    const done = `npb-traced-${round++}`;
    await run(page, `${LONG_CHAIN_PACKET} ; echo ${done}`, new RegExp(`\\n${done}\\n`));
    await expect(page.locator(".player-command")).toContainText(done);
    await page.waitForTimeout(1000); // the redraws after the trace arrived
  };
  const longest: number[] = [];
  for (let i = 0; i <= ROUNDS; i++) {
    await observeLongTasks(page);
    await trace();
    if (i > 0) longest.push(await longestTask(page));
  }
  record(
    figure(
      "4",
      "longest main-thread task while a packet is traced through 10,000 INPUT rules",
      "ms",
      summarize(longest),
      { target: { op: "≤", bound: 50, on: "value" } },
    ),
  );
  // The same rounds again, timed by the CPU the main thread spent (tracing on: not mixed with the above).
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) cpu.push(await longestTaskCpu(browser, page, trace));
  record(
    figure(
      "4",
      "the same task's main-thread CPU time (without the waits for a core that a loaded machine adds)",
      "ms",
      summarize(cpu),
    ),
  );
});

test("the share URL of a 20-container scenario", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page);
  await run(page, `${twentyContainers()}echo npb-twenty\n`, /\nnpb-twenty\n/);
  await expect(page.locator('[data-netns="app18"]')).toBeAttached();
  await page.getByRole("group", { name: "Share" }).getByRole("button", { name: "Share" }).click();
  await expect.poll(() => page.evaluate(() => location.hash.length)).toBeGreaterThan(3);
  const href = await page.evaluate(() => location.href);
  // The link holds the whole scenario: the opening two lines, the network, 18 containers and the echo.
  const doc = decodeHash(new URL(href).hash.replace(/^#s=/, ""));
  expect(isScenarioError(doc) ? doc : doc.commands.length).toBe(2 + 1 + 18 + 1);
  const bytes = new TextEncoder().encode(href).length;
  record(
    figure("4", "share URL of a 20-container scenario (the whole address)", "KB", once(bytes / 1024), {
      target: { op: "≤", bound: 2, on: "value" },
    }),
  );
});
