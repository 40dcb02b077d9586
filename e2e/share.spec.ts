import { expect as baseExpect, test, type Page } from "@playwright/test";
import { collectErrors } from "./console";
import { terminalInput } from "./terminal-helpers";

// Each opening replays its scenario in the engine: give a busy machine time.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const RUN_WEB2 = "docker run -d --name web2 -p 8081:80 nginx";
const CURL_WEB2 = "curl -s -o /dev/null http://172.17.0.4/";

const canvasOf = (page: Page) => page.getByRole("region", { name: "Network" });
const container = (page: Page, name: string) => canvasOf(page).locator(`[data-netns="${name}"]`);
const stepCount = (page: Page) => page.locator(".player-count");

/** Types a line at the host terminal's prompt, as a reader would. */
async function type(page: Page, line: string) {
  await page.getByRole("tab", { name: "host", exact: true }).click();
  await page.locator(".terminal .xterm-helper-textarea").focus();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

/** Waits for the opening world: web and db on docker0, every command finished. */
async function opened(page: Page) {
  await expect(container(page, "db")).toBeVisible();
  await expect(page.locator("section.terminal")).toHaveAttribute("aria-busy", "false");
}

test("a shared link opens the same world at the same step; reload keeps it; undo and redo by command", async ({
  page,
  browser,
}, testInfo) => {
  const errors = collectErrors(page);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./");
  await opened(page);

  await type(page, RUN_WEB2);
  await expect(container(page, "web2")).toContainText("published 8081:80");
  await type(page, CURL_WEB2);
  await expect(stepCount(page)).toContainText(/^step 1 of \d+$/);
  for (let i = 0; i < 5; i++) await page.getByRole("button", { name: "Step forward" }).click();
  const step = (await stepCount(page).textContent())!;
  expect(step).toMatch(/^step 6 of \d+$/);

  await page.getByRole("button", { name: "Share", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Link copied");
  const url = page.url();
  expect(url).toContain("#s=");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await testInfo.attach("shared", { body: await page.screenshot(), contentType: "image/png" });

  // A fresh browser: no autosave, nothing but the link.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(url);
  await expect(container(other, "web2")).toContainText("published 8081:80");
  await expect(container(other, "db")).toBeVisible();
  await expect(stepCount(other)).toHaveText(step);
  await expect(other.locator(".player-command")).toContainText(CURL_WEB2);
  await expect(other.locator(".terminal .xterm-rows")).toContainText(RUN_WEB2);
  expect(other.url()).not.toContain("#s=");

  // Reload: the autosave brings back the same state.
  await other.reload();
  await expect(container(other, "web2")).toContainText("published 8081:80");
  await expect(stepCount(other)).toHaveText(step);

  // Undo takes back the curl (no packets left), then the docker run (web2 is gone); redo runs it again.
  await other.getByRole("button", { name: "Undo" }).click();
  await expect(stepCount(other)).toHaveText("no packets yet");
  await expect(container(other, "web2")).toBeVisible();
  await other.locator("body").press("Control+z");
  await expect(container(other, "web2")).toHaveCount(0);
  await expect(container(other, "web")).toBeVisible();
  await expect(other.locator(".terminal .xterm-rows")).not.toContainText(RUN_WEB2);
  await other.getByRole("button", { name: "Redo" }).click();
  await expect(container(other, "web2")).toContainText("published 8081:80");
  await expect(other.locator(".terminal .xterm-rows")).toContainText(RUN_WEB2);
  // In the terminal too: with no job control, Ctrl+Z has nothing to suspend and takes back a command.
  await terminalInput(other).press("Control+z");
  await expect(container(other, "web2")).toHaveCount(0);
  await terminalInput(other).press("Control+Shift+z");
  await expect(container(other, "web2")).toContainText("published 8081:80");
  await fresh.close();

  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test("a corrupted link is refused with a message, and the playground opens as usual", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("./#s=not*a*scenario");
  await expect(page.getByRole("alert")).toHaveText(
    "The link is damaged: its scenario is not base64url text.×",
  );
  await opened(page);
  await expect(container(page, "web")).toBeVisible();
  await type(page, RUN_WEB2);
  await expect(container(page, "web2")).toBeVisible();
  expect(errors).toEqual([]);
});

test("a 10 MB link is refused before it is decoded, and the playground still works", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("./");
  await opened(page);
  // Pasted into the address bar of an open playground: only the fragment changes.
  await page.evaluate(() => {
    location.hash = `s=${"A".repeat(10 * 1024 * 1024)}`;
  });
  await expect(page.getByRole("alert")).toHaveText(
    "The link is too long to be a scenario: 10,485,760 characters, at most 65,536.×",
  );
  await expect(container(page, "db")).toBeVisible();
  await type(page, RUN_WEB2);
  await expect(container(page, "web2")).toBeVisible();
  expect(errors).toEqual([]);
});
