import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { opened } from "./terminal-helpers";

test.describe.configure({ timeout: 120_000 });

/** The serious and critical axe violations on the page as it is now, as "rule: element" lines. */
async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

const TABS = ["Rules", "Conntrack", "Routes/Interfaces", "Capture", "What Docker did"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("the opening page and each side panel tab", async ({ page }) => {
      await opened(page);
      expect(await serious(page)).toEqual([]);
      for (const name of TABS) {
        await page.getByRole("tab", { name }).click();
        await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
        expect(await serious(page), name).toEqual([]);
      }
    });

    test("the composer and the player with a preset's packets, and the tabs that follow them", async ({
      page,
    }) => {
      await opened(page);
      await page.getByRole("button", { name: "laptop → published port" }).click();
      const forward = page.getByRole("button", { name: /Step forward/ });
      await expect(forward).toBeEnabled();
      await forward.click();
      await forward.click();
      expect(await serious(page)).toEqual([]);
      for (const name of ["Conntrack", "Capture"]) {
        await page.getByRole("tab", { name }).click();
        expect(await serious(page), name).toEqual([]);
      }
    });

    test("the container menu and the network form", async ({ page }) => {
      await opened(page);
      await page.getByRole("button", { name: "Actions for web" }).click();
      await expect(page.getByRole("menu", { name: "Actions for web" })).toBeVisible();
      expect(await serious(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "New network" }).click();
      await expect(page.getByRole("dialog", { name: "Create a network" })).toBeVisible();
      expect(await serious(page)).toEqual([]);
    });
  });
}

/** What the focused element is called: its label, else its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "";
    const label = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent;
    return (label ?? el.textContent ?? "").trim().replace(/\s+/g, " ");
  });

test("Tab reaches every main control, from the header to the terminal", async ({ page }) => {
  await opened(page);
  await page.getByRole("button", { name: "laptop → published port" }).click();
  await expect(page.getByRole("button", { name: /Step forward/ })).toBeEnabled();
  // Clicking the title moves the start of keyboard navigation to the top of the page.
  await page.getByRole("heading", { level: 1 }).click();

  const reached: string[] = [];
  for (let i = 0; i < 200 && !reached.includes("Terminal input"); i++) {
    await page.keyboard.press("Tab");
    reached.push(await focused(page));
  }
  for (const control of [
    "Undo",
    "Share",
    "New network",
    "Actions for web",
    "Send",
    "container → internet",
    "Step forward ▶",
    "Rules",
    "What Docker did",
    "Terminal input",
  ])
    expect(reached, control).toContainEqual(expect.stringContaining(control));
});
