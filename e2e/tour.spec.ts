import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { collectErrors } from "./console";

// Lessons reset the world and run their setup through the terminal's queue: give them time.
const SETUP = { timeout: 30_000 };
test.setTimeout(90_000);

async function openTour(page: Page) {
  await page.goto("./");
  const button = page.getByRole("button", { name: "Tour", exact: true });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("heading", { name: "Guided tour" })).toBeFocused();
  const tour = page.getByRole("complementary", { name: "Guided tour" });
  await expect(tour.getByRole("heading", { name: "Four tables, five chains" })).toBeVisible(SETUP);
  return tour;
}

test("a lesson's task becomes done when its command runs", async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  const tour = await openTour(page);

  await tour.getByRole("button", { name: "Next" }).click();
  await expect(tour.getByRole("heading", { name: "Conntrack and MASQUERADE" })).toBeVisible();
  await expect(tour.getByText("Lesson 2 of 12")).toBeVisible();
  const tryIt = tour.getByRole("button", { name: /^Try it: Fetch a page from the internet inside debian/ });
  await expect(tryIt).toBeDisabled();

  await tour.getByRole("button", { name: "Start lesson" }).click();
  await expect(tour.getByRole("button", { name: "Restart lesson" })).toBeEnabled(SETUP);
  const tasks = tour.locator(".tour-task");
  await expect(tasks.locator(".tour-mark")).toHaveText(["○ To do", "○ To do", "○ To do"]);
  await expect(tour.getByRole("heading", { name: "Try this (0 of 3 done)" })).toBeVisible();

  await tryIt.click();
  await expect(tasks.first().locator(".tour-mark")).toHaveText("✓ Done", SETUP);
  await expect(tour.getByRole("heading", { name: "Try this (1 of 3 done)" })).toBeVisible();
  await expect(tasks.nth(1).locator(".tour-mark")).toHaveText("○ To do");

  const axe = await new AxeBuilder({ page }).include("#tour-panel").analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await testInfo.attach("tour", { body: await page.screenshot(), contentType: "image/png" });
  expect(errors).toEqual([]);
});

test("the challenge is graded by sending its probes, and Escape closes the tour", async ({ page }) => {
  const tour = await openTour(page);
  await tour.getByRole("button", { name: "Challenge: caddy yes, debian no" }).click();
  await expect(tour.getByText("Lesson 12 of 12")).toBeVisible();
  await expect(tour.getByRole("button", { name: "Next" })).toBeDisabled();

  await tour.getByRole("button", { name: "Start lesson" }).click();
  await expect(tour.getByRole("button", { name: "Restart lesson" })).toBeEnabled(SETUP);
  await tour.getByRole("button", { name: "Grade my rules" }).click();
  await expect(tour.locator(".tour-probes .tour-mark")).toHaveText(
    ["✗ Not yet", "✓ Passed", "✗ Not yet"],
    SETUP,
  );

  await page.keyboard.press("Escape");
  await expect(tour).toBeHidden();
  const button = page.getByRole("button", { name: "Tour", exact: true });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();
});
