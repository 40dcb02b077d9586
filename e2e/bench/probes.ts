import type { Page } from "@playwright/test";

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

/** Installed before the page's scripts: notes performance.now() at the first frame the opening is ready. */
export async function watchOpening(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    const ready = ${openingReady.toString()};
    const check = () => (ready() ? (window.__npbReady = performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  })()`);
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
