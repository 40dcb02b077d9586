import { expect, test } from "@playwright/test";
import { collectErrors } from "./console";
import { ID, idle, opened, screenText, shows, terminalInput, typeLine } from "./terminal-helpers";

test("the playground opens and runs a command in the engine", async ({ page }, testInfo) => {
  const errors = collectErrors(page);

  await opened(page);
  await expect(page).toHaveTitle("Netfilter Playground");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Netfilter Playground");

  await expect(terminalInput(page)).toBeFocused();
  await typeLine(page, "iptables -S INPUT");
  await shows(page, /root@host:~# iptables -S INPUT\n-P INPUT ACCEPT\nroot@host:~#$/);
  await idle(page);

  await testInfo.attach("app", { body: await page.screenshot(), contentType: "image/png" });
  expect(errors).toEqual([]);
});

test("a command changes the Rules tab, and Reset world starts again", async ({ page }) => {
  // The world's first commands: two containers.
  await opened(page);
  const panel = page.getByRole("tabpanel");
  await shows(page, "root@host:~# docker run -d --name web -p 8080:80 nginx");

  await typeLine(page, "iptables -P INPUT DROP");
  await expect(panel).toContainText("-P INPUT DROP");
  await typeLine(page, "iptables -S INPUT");
  await shows(page, /root@host:~# iptables -S INPUT\n-P INPUT DROP\nroot@host:~#$/);

  await page.getByRole("button", { name: "Reset world" }).click();
  await shows(
    page,
    new RegExp(
      `^root@host:~# docker run -d --name web -p 8080:80 nginx\\n${ID}\\nroot@host:~# docker run -d --name db redis\\n${ID}\\nroot@host:~#$`,
    ),
  );
  await expect(panel).toContainText("-P INPUT ACCEPT");
  await typeLine(page, "iptables -S INPUT");
  await shows(page, /root@host:~# iptables -S INPUT\n-P INPUT ACCEPT\nroot@host:~#$/);
  expect(await screenText(page)).not.toContain("DROP");
});
