import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console";
import { idle, opened } from "./terminal-helpers";

const shot = async (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`) });

/** The zoom React Flow draws the network at. */
const zoomOf = (page: Page) =>
  page.locator(".react-flow__viewport").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

const box = async (locator: Locator) => (await locator.boundingBox())!;

for (const [width, height] of [
  [1440, 900],
  [1280, 800],
] as const) {
  test(`at ${width}×${height} the first screen shows the whole network large enough to read`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height });
    await opened(page);
    const canvas = page.getByRole("region", { name: "Network" });
    await expect(canvas.locator('[data-netns="db"]')).toBeVisible();
    // Two columns: the world outside the host on the left, the host and its containers on the right.
    await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.7);
    const flow = await box(canvas.locator(".canvas-flow"));
    const palette = await box(canvas.getByRole("complementary", { name: "Docker" }));
    expect(palette.y + palette.height).toBeLessThanOrEqual(flow.y + 1);
    for (const ns of ["internet", "router", "laptop", "host", "web", "db"]) {
      const b = await box(canvas.locator(`[data-netns="${ns}"]`));
      expect(b.x, ns).toBeGreaterThanOrEqual(flow.x);
      expect(b.y, ns).toBeGreaterThanOrEqual(flow.y);
      expect(b.x + b.width, ns).toBeLessThanOrEqual(flow.x + flow.width);
      expect(b.y + b.height, ns).toBeLessThanOrEqual(flow.y + flow.height);
    }
    const [router, host] = [
      await box(canvas.locator('[data-netns="router"]')),
      await box(canvas.locator('[data-netns="host"]')),
    ];
    expect(host.x).toBeGreaterThan(router.x + router.width);
    await shot(page, `first-screen-${width}x${height}`);
    expect(errors).toEqual([]);
  });
}

test("a packet dropped by a rule ends its walk with the rule, in words", async ({ page }) => {
  const errors = collectErrors(page);
  await opened(page);
  await page.getByRole("button", { name: "across bridges", exact: true }).click();
  await expect(page.locator(".player-count")).toContainText("step 1 of", { timeout: 30_000 });
  await idle(page);
  const forward = page.getByRole("button", { name: "Step forward", exact: true });
  const caption = page.locator(".player-caption");
  for (let i = 0; i < 100 && !/the packet is dropped/.test((await caption.textContent()) ?? ""); i++)
    await forward.click();
  await expect(caption).toContainText(/host: raw PREROUTING rule \d gives DROP: the packet is dropped/);
  const end = page.locator(".packet-card .packet-end");
  await expect(end).toContainText(/✕ Dropped in host by raw PREROUTING rule \d/);
  await expect(end.locator(".packet-rule")).toHaveText(
    /^-A PREROUTING -d 172\.18\.0\.2\/32 ! -i br-[0-9a-f]{12} -j DROP$/,
  );
  await shot(page, "dropped-across-bridges");
  expect(errors).toEqual([]);
});
