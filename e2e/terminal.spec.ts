import { expect, test } from "@playwright/test";
import { collectErrors } from "./console";
import {
  idle,
  opened,
  paste,
  screenText,
  shows,
  terminal,
  terminalInput,
  typeLine,
} from "./terminal-helpers";

const shot = async (page: import("@playwright/test").Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`) });

const RULES = [
  "cat > rules.v4 <<'EOF'",
  "*filter",
  ":INPUT ACCEPT [0:0]",
  "-A INPUT -p tcp -m tcp --dport 2222 -j ACCEPT",
  "COMMIT",
  "EOF",
  "iptables-restore < rules.v4",
  "",
].join("\n");

test("a docker run typed in the terminal puts the container on the canvas", async ({ page }) => {
  const errors = collectErrors(page);
  await opened(page);
  await typeLine(page, "docker run -d --name site -p 8081:80 nginx");
  const canvas = page.getByRole("region", { name: "Network" });
  await expect(canvas.locator('[data-netns="site"]')).toContainText("published 8081:80");
  await shows(page, /root@host:~# docker run -d --name site -p 8081:80 nginx\n[0-9a-f]{64}\nroot@host:~#$/);
  expect(errors).toEqual([]);
});

test("Tab completes a chain, and a second Tab lists the candidates", async ({ page }) => {
  await opened(page);
  const input = terminalInput(page);
  await input.pressSequentially("iptables -A IN");
  await input.press("Tab");
  await shows(page, /\nroot@host:~# iptables -A INPUT$/);
  await input.press("Control+u");
  await input.pressSequentially("iptables -t ");
  await input.press("Tab");
  await input.press("Tab");
  await shows(
    page,
    /\nroot@host:~# iptables -t\nfilter +mangle +nat +raw +security\nroot@host:~# iptables -t$/,
  );
  await input.pressSequentially("n");
  await input.press("Tab");
  await input.pressSequentially("-S POSTROUTING");
  await input.press("Enter");
  await shows(page, /root@host:~# iptables -t nat -S POSTROUTING\n-P POSTROUTING ACCEPT\n/);
});

test("a pasted heredoc and iptables-restore run in order; ↑ recalls them; Ctrl-C and Ctrl-L", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await opened(page);
  await paste(page, RULES);
  await shows(
    page,
    /root@host:~# cat > rules.v4 <<'EOF'\n> \*filter\n> :INPUT ACCEPT \[0:0\]\n> -A INPUT -p tcp -m tcp --dport 2222 -j ACCEPT\n> COMMIT\n> EOF\nroot@host:~# iptables-restore < rules.v4\nroot@host:~#$/,
  );
  await page.getByRole("tab", { name: "Rules" }).click();
  await expect(page.getByRole("tabpanel")).toContainText("-A INPUT -p tcp -m tcp --dport 2222 -j ACCEPT");
  await shot(page, "terminal-heredoc");

  const input = terminalInput(page);
  await input.press("ArrowUp");
  await shows(page, /\nroot@host:~# iptables-restore < rules.v4$/);
  await input.press("ArrowUp");
  await shows(page, /\nroot@host:~# cat > rules.v4 <<'EOF'\n> \*filter\n(> .*\n)+> EOF$/);
  await input.press("ArrowDown");
  await input.press("ArrowDown");
  await input.pressSequentially("iptables -L");
  await input.press("Control+c");
  await shows(page, /\nroot@host:~# iptables -L\^C\nroot@host:~#$/);

  await input.pressSequentially("ip -br link show lo");
  await input.press("Control+l");
  await expect.poll(() => screenText(page)).toBe("root@host:~# ip -br link show lo");
  await input.press("Enter");
  await shows(
    page,
    /^root@host:~# ip -br link show lo\nlo +UNKNOWN +00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP>\nroot@host:~#$/,
  );
  await idle(page);
  expect(errors).toEqual([]);
});

test("a gesture's command shows in the terminal like a typed one, and joins the history", async ({
  page,
}) => {
  await opened(page);
  await page.getByRole("button", { name: "laptop → internet :80" }).click();
  await shows(page, "root@host:~# ip netns exec laptop curl -s -m 2 http://198.18.5.130/");
  await idle(page);
  await terminalInput(page).press("ArrowUp");
  await shows(page, /\nroot@host:~# ip netns exec laptop curl -s -m 2 http:\/\/198\.18\.5\.130\/$/);
});

test("each namespace has its own terminal and prompt", async ({ page }) => {
  await opened(page);
  await page.getByRole("tab", { name: "laptop" }).click();
  await expect(terminal(page, "laptop")).toBeVisible();
  await typeLine(page, "ip -br addr show eth0", "laptop");
  await shows(
    page,
    /root@laptop:~# ip -br addr show eth0\neth0@if\d+ +UP +192\.168\.31\.50\/24 fe80::[0-9a-f:]+\/64\nroot@laptop:~#$/,
    "laptop",
  );
  await shot(page, "terminal-laptop");
});

test.describe("in the dark", () => {
  test.use({ colorScheme: "dark" });

  test("the terminal follows the dark theme", async ({ page }) => {
    await opened(page);
    const background = await terminal(page)
      .locator(".xterm-viewport")
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background).toBe("rgb(10, 14, 20)");
    await shot(page, "terminal-dark");
  });
});
