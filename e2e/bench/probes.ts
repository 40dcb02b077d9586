import type { Browser, Page } from "@playwright/test";

/** In-page measurements: each runs inside the page, so that a round trip to Playwright is not timed. */

/** The opening screen is usable: both containers drawn and the terminal idle, its input in place. */
function openingReady(): boolean {
  const terminal = document.querySelector('section.terminal[aria-busy="false"]');
  return Boolean(
    document.querySelector('[data-netns="web"]') &&
    document.querySelector('[data-netns="db"]') &&
    terminal?.querySelector("textarea"),
  );
}

/** The scripts the page has fetched so far, by path (the worker's own imports are not the page's). */
function scriptsFetched(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith(".js"));
}

/**
 * Installed before the page's scripts: notes performance.now() at the first frame the opening is
 * ready, and which scripts the page had fetched by then.
 */
export async function watchOpening(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    const ready = ${openingReady.toString()};
    const fetched = ${scriptsFetched.toString()};
    const check = () => {
      if (!ready()) return requestAnimationFrame(check);
      window.__npbReady = performance.now();
      window.__npbScripts = fetched();
    };
    requestAnimationFrame(check);
  })()`);
}

/** The paths of the scripts the page had fetched when the opening was first ready. */
export function scriptsAtReady(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __npbScripts: string[] }).__npbScripts);
}

/** Milliseconds from navigation start to the first frame in which the host's terminal shows `line` as a row of its own. */
export async function shownAt(page: Page, line: string): Promise<number> {
  return page.evaluate(
    (line) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const rows = document.querySelectorAll(
            'section.terminal[aria-label="Terminal host"] .xterm-rows > div',
          );
          const shown = [...rows].some(
            (row) => (row.textContent ?? "").replaceAll("\u00a0", " ").trim() === line,
          );
          if (shown) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    line,
  );
}

/** Milliseconds from navigation start to the first frame with the opening ready. */
export async function timeToInteractive(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { __npbReady?: number }).__npbReady !== undefined, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => (window as unknown as { __npbReady: number }).__npbReady);
}

/** Frames drawn in `ms` milliseconds of requestAnimationFrame, per second. */
export function countFrames(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          if (now - start >= ms) return resolve((frames * 1000) / (now - start));
          frames++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/** Starts collecting long tasks (over 50 ms, as the browser reports them) into the page's list. */
export function observeLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __npbLong: number[]; __npbObserver?: PerformanceObserver };
    w.__npbObserver?.disconnect();
    w.__npbLong = [];
    w.__npbObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__npbLong.push(entry.duration);
    });
    w.__npbObserver.observe({ type: "longtask" });
  });
}

/** The longest task seen since observeLongTasks, in ms; 0 when none reached the browser's 50 ms. */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __npbLong: number[]; __npbObserver?: PerformanceObserver };
    for (const entry of w.__npbObserver?.takeRecords() ?? []) w.__npbLong.push(entry.duration);
    return Math.max(0, ...w.__npbLong);
  });
}

/** A Chromium trace event: a task of some thread, with its wall (`dur`) and thread CPU (`tdur`) µs. */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * Runs `act` under Chromium's tracing; the longest task of the page's main thread by the CPU time its
 * thread spent on it, in ms. On a loaded machine a task's wall time is mostly waiting for a core; its
 * CPU time is what the page asked of the machine.
 */
export async function longestTaskCpu(
  browser: Browser,
  page: Page,
  act: () => Promise<void>,
): Promise<number> {
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  await act();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const main = traceEvents.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const tasks = traceEvents.filter(
    (e) => e.name === "RunTask" && e.ph === "X" && e.pid === main?.pid && e.tid === main.tid,
  );
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
}
