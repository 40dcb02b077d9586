import { expect, test } from "@playwright/test";
import { collectErrors } from "./console";

test("the playground opens and runs a command in the engine", async ({ page }, testInfo) => {
  const errors = collectErrors(page);

  await page.goto("./");
  await expect(page).toHaveTitle("Netfilter Playground");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Netfilter Playground");

  const input = page.getByRole("textbox", { name: "Command line" });
  await expect(input).toBeFocused();
  await input.fill("iptables -S");
  await input.press("Enter");

  const entry = page.locator(".entry").last();
  await expect(entry.locator(".entry-command")).toHaveText("iptables -S");
  await expect(entry.locator(".entry-output")).toContainText("-P INPUT ACCEPT");
  await expect(entry).toHaveAttribute("aria-busy", "false");
  await expect(input).toHaveValue("");

  await testInfo.attach("app", { body: await page.screenshot(), contentType: "image/png" });
  expect(errors).toEqual([]);
});

test("a command changes the Rules tab, and Reset world starts again", async ({ page }) => {
  await page.goto("./");
  const entries = page.locator(".entry");
  const input = page.getByRole("textbox", { name: "Command line" });
  const panel = page.getByRole("tabpanel");
  // The world's first commands: two containers.
  await expect(entries).toHaveCount(2);
  await expect(entries.last()).toHaveAttribute("aria-busy", "false");

  await input.fill("iptables -P INPUT DROP");
  await input.press("Enter");
  await expect(entries.last()).toHaveAttribute("aria-busy", "false");
  await expect(panel).toContainText("-P INPUT DROP");
  await input.fill("iptables -S INPUT");
  await input.press("Enter");
  await expect(entries.last().locator(".entry-output")).toHaveText("-P INPUT DROP\n");

  await page.getByRole("button", { name: "Reset world" }).click();
  await expect(entries.locator(".entry-command")).toHaveText([
    "docker run -d --name web -p 8080:80 nginx",
    "docker run -d --name db redis",
  ]);
  await expect(entries.last()).toHaveAttribute("aria-busy", "false");
  await expect(panel).toContainText("-P INPUT ACCEPT");
  await input.fill("iptables -S INPUT");
  await input.press("Enter");
  await expect(entries.last().locator(".entry-output")).toHaveText("-P INPUT ACCEPT\n");
});
