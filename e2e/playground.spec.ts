import { expect, test, type Page } from "@playwright/test";
import { collectErrors } from "./console";
import { idle, opened, shows } from "./terminal-helpers";

const shot = async (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`) });

/** Opens the playground once its first commands (two containers) have run. */
async function open(page: Page) {
  await opened(page);
  await expect(page.locator('[data-netns="db"]')).toBeVisible();
}

test("the first screen draws the article's network without any action", async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  const canvas = page.getByRole("region", { name: "Network" });
  for (const ns of ["host", "router", "laptop", "internet"])
    await expect(canvas.locator(`[data-netns="${ns}"]`)).toBeVisible();
  const host = canvas.getByTestId("rf__node-if:host/eth0");
  await expect(host).toContainText("192.168.31.228/24");
  await expect(canvas).toContainText("br-lan");
  await expect(canvas).toContainText("192.168.31.50/24");
  await expect(page.getByRole("tabpanel")).toContainText("-P INPUT ACCEPT");
  await shot(page, "first-screen");
  expect(errors).toEqual([]);
});

test("a preset sends through MASQUERADE; the player steps to the rule and to conntrack, and back", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page);
  await expect(page.locator('[data-netns="laptop"]')).toBeVisible();

  await page.getByRole("button", { name: "laptop → internet :80" }).click();
  await shows(page, "root@host:~# ip netns exec laptop curl -s -m 2 http://198.18.5.130/\n");
  await idle(page);
  await expect(page.locator(".player-count")).toContainText("step 1 of");

  const forward = page.getByRole("button", { name: "Step forward" });
  const back = page.getByRole("button", { name: "Step back" });
  const caption = page.locator(".player-caption");
  await expect(caption).toContainText("curl in laptop sends SYN 192.168.31.50:");

  // To the first conntrack step: laptop's OUTPUT makes the entry.
  await stepUntil(page, /conntrack new, ctstate NEW/);
  await page.getByRole("tab", { name: "Conntrack" }).click();
  await expect(page.locator(".ct-step")).toContainText("This step: conntrack new, ctstate NEW");
  await expect(page.locator(".ct-step")).toContainText("src=192.168.31.50 dst=198.18.5.130");
  await shot(page, "conntrack-step");

  // On to the router's MASQUERADE rule.
  await page.getByRole("tab", { name: "Rules" }).click();
  await stepUntil(page, /router: nat POSTROUTING rule 1 ✓ matches/);
  const rule = page.locator(".rule.current");
  await expect(rule).toContainText("-A POSTROUTING -o wan -j MASQUERADE");
  await expect(rule.locator(".rule-mark")).toHaveText("✓");
  await expect(page.locator(".hook.lit")).toContainText("POSTROUTING");
  await expect(page.locator(".hook.lit .pill.on")).toHaveText("nat");
  await shot(page, "masquerade-rule");

  // Two steps on, the rewrite shows as before → after and stays.
  await forward.click();
  await forward.click();
  await expect(caption).toContainText("router: SNAT");
  await expect(page.locator(".rewrite")).toContainText("SNAT in router 192.168.31.50:");
  await expect(page.locator(".rewrite")).toContainText("→ 203.0.113.2:");
  await shot(page, "snat");

  // Step back returns to the rule, with the keyboard too.
  await back.click();
  await page.locator(".player").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ArrowLeft");
  await expect(caption).toContainText("router: nat POSTROUTING rule 1 ✓ matches");
  await expect(page.locator(".rule.current")).toContainText("-o wan -j MASQUERADE");
  await page.keyboard.press("ArrowRight");
  await expect(caption).toContainText("gives ACCEPT");
  expect(errors).toEqual([]);
});

/** Presses Step forward until the caption says `what` (at most a trace's length). */
async function stepUntil(page: Page, what: RegExp): Promise<void> {
  const caption = page.locator(".player-caption");
  const forward = page.getByRole("button", { name: "Step forward" });
  for (let i = 0; i < 200; i++) {
    if (what.test((await caption.textContent()) ?? "")) return;
    await forward.click();
  }
  throw new Error(`never reached a step saying ${what}`);
}

test.describe("in the dark", () => {
  test.use({ colorScheme: "dark" });

  test("the dark theme shows a step", async ({ page }) => {
    const errors = collectErrors(page);
    await open(page);
    await page.getByRole("button", { name: "laptop → internet :80" }).click();
    await expect(page.locator(".player-count")).toContainText("step 1 of");
    await stepUntil(page, /router: SNAT/);
    await expect(page.locator(".rewrite")).toBeVisible();
    await shot(page, "dark-snat");
    await stepUntil(page, /On the wire: router wan → internet eth0/);
    await expect(page.locator(".packet-label")).toHaveText(/^SYN 203\.0\.113\.2:\d+ → 198\.18\.5\.130:80$/);
    await shot(page, "dark-wire");
    expect(errors).toEqual([]);
  });
});
