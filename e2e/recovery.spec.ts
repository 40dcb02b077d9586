import { expect, test, type Page } from "@playwright/test";
import { idle, opened, shows, typeLine } from "./terminal-helpers";

// A hang is only noticed after the engine's 15 s budget (ENGINE_BUDGET_MS), on a possibly busy machine.
test.describe.configure({ timeout: 120_000 });

const banner = (page: Page) => page.getByRole("alert").filter({ hasText: "restarted with a fresh world" });

/** The engine's worker as the page started it. */
async function engineWorker(page: Page) {
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  const [worker] = page.workers();
  if (!worker) throw new Error("the page has no worker");
  return worker;
}

test("a worker that throws is restarted, and the last autosave brings the work back", async ({ page }) => {
  await opened(page);
  await typeLine(page, "iptables -N KEEPME");
  await idle(page);
  const worker = await engineWorker(page);

  const restarted = page.waitForEvent("worker");
  await worker.evaluate(() => {
    setTimeout(() => {
      throw new Error("boom");
    });
  });
  await expect(banner(page)).toContainText("Sorry, the engine crashed: Uncaught Error: boom.");

  await banner(page).getByRole("button", { name: "Restore the last autosave (3 commands)" }).click();
  await restarted;
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole("tab", { name: "Rules" }).click();
  await expect(page.getByRole("tabpanel")).toContainText("-N KEEPME", { timeout: 30_000 });
  // The replay shows the lines it runs again; typing waits for its last one.
  await shows(page, "root@host:~# iptables -N KEEPME\nroot@host:~#", "host", 30_000);
  await idle(page);
  await typeLine(page, "iptables -S KEEPME");
  await shows(page, "iptables -S KEEPME\n-N KEEPME\nroot@host:~#");
});

test("a worker that hangs mid-trace is stopped after its budget, and the lines queued behind run after", async ({
  page,
}) => {
  await opened(page);
  await page.getByRole("button", { name: "laptop → published port" }).click();
  await expect(page.getByRole("button", { name: /Step forward/ })).toBeEnabled();
  const worker = await engineWorker(page);

  // The engine spins: it will not answer the packet below, nor anything after it.
  void worker
    .evaluate(() => {
      for (const end = Date.now() + 600_000; Date.now() < end;);
    })
    .catch(() => undefined);
  await typeLine(page, "curl -s http://172.17.0.2/");
  await typeLine(page, "iptables -N AFTER");

  await expect(banner(page)).toContainText("Sorry, the engine stopped answering for 15 s.", {
    timeout: 40_000,
  });
  await shows(page, "playground: internal error: the engine stopped answering for 15 s");
  // The line typed behind the hung one ran next, on the restarted engine.
  await page.getByRole("tab", { name: "Rules" }).click();
  await page.getByRole("combobox", { name: "namespace" }).selectOption("host");
  await expect(page.getByRole("tabpanel")).toContainText("-N AFTER");

  await banner(page).getByRole("button", { name: "Keep the fresh world" }).click();
  await expect(banner(page)).toHaveCount(0);
  await idle(page);
  await typeLine(page, "iptables -S AFTER");
  await shows(page, "iptables -S AFTER\n-N AFTER\nroot@host:~#");
});
