import { expect, test } from "@playwright/test";
import { collectErrors } from "./console";
import { idle, opened, paste, shows, terminalInput, typeLine } from "./terminal-helpers";

const RULES = 10_000;

/** 10,000 OUTPUT rules that a ping to the internet tries one by one, none matching. */
function restoreScript(): string {
  const rules = Array.from(
    { length: RULES },
    (_, i) => `-A OUTPUT -p tcp -m tcp --dport ${1000 + i} -j ACCEPT`,
  );
  return ["iptables-restore <<'EOF'", "*filter", ":OUTPUT ACCEPT [0:0]", ...rules, "COMMIT", "EOF", ""].join(
    "\n",
  );
}

// Playwright's trace recorder snapshots the DOM on the page's own thread, which would count as the
// page's long tasks: the measurement runs without it.
test.use({ trace: "off" });

test("the page stays responsive while the worker computes a 10,000-rule trace", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  // When each message from the worker reaches the page: a listener added before comlink's runs first.
  await page.addInitScript(() => {
    const w = window as unknown as { workerMessages: number[] };
    w.workerMessages = [];
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("message", () => w.workerMessages.push(performance.now()));
      }
    };
  });
  await opened(page);
  await expect(page.locator('[data-netns="db"]')).toBeVisible();

  // Pasted lines run as typed: the heredoc is one command, with its 10,000 lines.
  await paste(page, restoreScript());
  await shows(
    page,
    /\n> -A OUTPUT -p tcp -m tcp --dport 10999 -j ACCEPT\n> COMMIT\n> EOF\nroot@host:~#$/,
    "host",
    60_000,
  );
  await idle(page);
  await typeLine(page, "echo $?");
  await shows(page, /root@host:~# echo \$\?\n0\nroot@host:~#$/);
  // The Rules tab draws a window of the chain, and says how many rules it leaves out.
  await expect(page.getByRole("tabpanel")).toContainText("… 9,800 rules not shown", { timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));

  // Long tasks from here on.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  });
  const input = terminalInput(page);
  await input.focus();
  await page.keyboard.insertText("ping -c 1 198.18.5.130");
  const sent = await page.evaluate(() => performance.now());
  await input.press("Enter");
  await expect(page.locator(".player-count")).toContainText("step 1 of");
  const { tasks, messages } = await page.evaluate(() => {
    const w = window as unknown as {
      longTasks: { start: number; duration: number }[];
      workerMessages: number[];
    };
    return { tasks: w.longTasks, messages: w.workerMessages };
  });
  // The worker computes until its result arrives. The task that handles the result runs past that
  // moment, so every task that ended before it ran while the worker was computing.
  const arrived = messages.find((t) => t > sent)!;
  const computing = tasks.filter((t) => t.start >= sent && t.start + t.duration <= arrived);
  const handling = tasks.filter((t) => t.start + t.duration > arrived);
  test.info().annotations.push({
    type: "long tasks",
    description: `the worker computed for ${Math.round(arrived - sent)} ms with ${computing.length} long tasks on the page; then handling the result took ${JSON.stringify(handling.map((t) => Math.round(t.duration)))} ms`,
  });
  expect(computing.filter((t) => t.duration > 50)).toEqual([]);
  expect(errors).toEqual([]);
});
