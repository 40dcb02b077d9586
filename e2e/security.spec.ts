import { expect, test, type Page } from "@playwright/test";
import { SCENARIO_VERSION, type ScenarioDocument } from "../engine/scenario/document";
import { encodeHash } from "../engine/scenario/link-codec";
import { idle, opened, shows, typeLine } from "./terminal-helpers";

/**
 * Names and comments are scenario data, and a shared link is a stranger's scenario: markup in them
 * must show as text and run nothing. Each payload, if it ran, would open a dialog or set
 * window.__pwned.
 */
const HOSTILE_LINES = [
  "iptables -N '<img src=x onerror=alert(1)>'",
  "iptables -N '<b>bold</b>'",
  "iptables -A INPUT -m comment --comment '<img src=x onerror=window.__pwned=1>' -j ACCEPT",
  "ip netns add '<img src=x onerror=alert(2)>'",
  "ip link add '<i>x<i>' type bridge",
  "ip link add '\"><svg>' type dummy",
  "docker network create x-onerror.alert_1",
  "docker run -d --name img.src-x_onerror --network x-onerror.alert_1 nginx",
];

/** Counts what would show that hostile data ran or that the page broke its own policy. */
async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { dialogs };
}

// The machine running the specs may be busy: typing and replaying take their time.
test.describe.configure({ timeout: 90_000 });

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
/** Elements the payloads would create if they were parsed as HTML. */
const injected = (page: Page) => page.locator("#root img:not(.app-logo), #root b, #root i").count();

test("the built page carries a Content-Security-Policy that allows only its own scripts", async ({
  page,
}) => {
  await page.goto("./");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toBe(
    "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
      "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'",
  );
  expect(await page.locator("script:not([src])").count()).toBe(0);
});

test("normal use breaks no rule of the Content-Security-Policy", async ({ page }) => {
  const { dialogs } = await watch(page);
  await opened(page);
  await page.getByRole("button", { name: "laptop → published port" }).click();
  await expect(page.getByRole("button", { name: /Step forward/ })).toBeEnabled();
  await page.getByRole("button", { name: /Step forward/ }).click();
  for (const tab of ["Conntrack", "Routes/Interfaces", "Capture", "What Docker did", "Rules"])
    await page.getByRole("tab", { name: tab }).click();
  await typeLine(page, "iptables -S INPUT");
  await shows(page, "-P INPUT ACCEPT");
  expect(await violations(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});

test("markup typed into names and comments shows as text and runs nothing", async ({ page }) => {
  const { dialogs } = await watch(page);
  await opened(page);
  for (const line of HOSTILE_LINES) {
    await typeLine(page, line);
    await idle(page);
    if (line === HOSTILE_LINES[0]) await shows(page, "Invalid chain name `<img src=x onerror=alert(1)>'");
  }

  await page.getByRole("tab", { name: "Rules" }).click();
  const rules = page.getByRole("tabpanel");
  await expect(rules).toContainText(
    '-A INPUT -m comment --comment "<img src=x onerror=window.__pwned=1>" -j ACCEPT',
  );
  await expect(rules).toContainText("-N <b>bold</b>");
  await page.getByRole("tab", { name: "Routes/Interfaces" }).click();
  await expect(rules).toContainText("<i>x<i>");
  await expect(rules).toContainText('"><svg>');
  await expect(page.locator('[data-netns="<img src=x onerror=alert(2)>"]')).toHaveText(
    /<img src=x onerror=alert\(2\)>/,
  );
  await expect(page.locator('[data-netns="img.src-x_onerror"]')).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(await pwned(page)).toBeUndefined();
  expect(await injected(page)).toBe(0);
  expect(await violations(page)).toEqual([]);
});

test("a hostile shared link replays as text and runs nothing", async ({ page }) => {
  const { dialogs } = await watch(page);
  const doc: ScenarioDocument = {
    version: SCENARIO_VERSION,
    world: "docker",
    commands: [
      {
        netns: "host",
        line: "iptables -A INPUT -m comment --comment '<img src=x onerror=window.__pwned=2>' -j ACCEPT",
      },
      { netns: "host", line: "ip netns add '<svg onload=window.__pwned=3>'" },
      { netns: "host", line: "echo '<script>window.__pwned=4</script>'" },
    ],
    layout: { "ns:<img/src=x/onerror=window.__pwned=5>": { x: 10, y: 20 } },
  };
  await page.goto(`./#s=${encodeHash(doc)}`);
  await page.getByRole("tab", { name: "Rules" }).click();
  await expect(page.getByRole("tabpanel")).toContainText('--comment "<img src=x onerror=window.__pwned=2>"', {
    timeout: 30_000,
  });
  await expect(page.locator('[data-netns="<svg onload=window.__pwned=3>"]')).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(await pwned(page)).toBeUndefined();
  expect(await injected(page)).toBe(0);
  expect(await violations(page)).toEqual([]);
});

test("a link whose fragment is markup, not a scenario, is refused in words", async ({ page }) => {
  const { dialogs } = await watch(page);
  await page.goto("./#s=<img src=x onerror=alert(5)>");
  await expect(page.getByRole("alert")).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(await injected(page)).toBe(0);
  expect(await violations(page)).toEqual([]);
});
