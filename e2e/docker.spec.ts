import { expect, test, type Page } from "@playwright/test";
import { collectErrors } from "./console";
import { ID, idle, opened as openedTerminal, shows, terminalInput, typeLine } from "./terminal-helpers";

const shot = async (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`) });

/** Waits for the world's first commands: web and db running on docker0. */
async function opened(page: Page) {
  await openedTerminal(page);
  const canvas = page.getByRole("region", { name: "Network" });
  await expect(canvas.locator('[data-netns="db"]')).toBeVisible();
  return canvas;
}

test("the first screen: the host, docker0, two containers and eth0 to the LAN, without any action", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const canvas = await opened(page);
  await shows(
    page,
    new RegExp(
      `root@host:~# docker run -d --name web -p 8080:80 nginx\\n${ID}\\nroot@host:~# docker run -d --name db redis\\n`,
    ),
  );
  await expect(canvas.getByTestId("rf__node-if:host/docker0")).toContainText("172.17.0.1/16");
  await expect(canvas.getByTestId("rf__node-if:host/docker0")).toContainText("network bridge");
  await expect(canvas.getByTestId("rf__node-if:host/eth0")).toContainText("192.168.31.228/24");
  await expect(canvas.getByTestId("rf__node-if:web/eth0")).toContainText("172.17.0.2/16");
  await expect(canvas.getByTestId("rf__node-if:db/eth0")).toContainText("172.17.0.3/16");
  const web = canvas.locator('[data-netns="web"]');
  await expect(web).toContainText("nginx");
  await expect(web).toContainText("listening: tcp 80");
  await expect(web).toContainText("published 8080:80");
  await expect(canvas.locator('[data-netns="db"]')).toContainText("tcp 6379");
  // Each container's eth0 is cabled to a veth on docker0.
  const cables = await page
    .locator(".react-flow__edge")
    .evaluateAll((edges) => edges.map((e) => e.getAttribute("data-testid")));
  for (const c of ["web", "db"])
    expect(cables.filter((id) => id?.includes(`if:${c}/eth0`) && id.includes("if:host/veth"))).toHaveLength(
      1,
    );
  await shot(page, "docker-first-screen");
  expect(errors).toEqual([]);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Waits until the host's terminal shows `lines` run in this order, the last with exit status 0 (`echo $?`). */
async function ran(page: Page, lines: string[]) {
  const run = lines.map((line) => `root@host:~# ${escape(line)}\n`).join("(?:.*\n)*?");
  await shows(page, new RegExp(`${run}(?:.*\n)*?root@host:~#$`));
  await idle(page);
  await typeLine(page, "echo $?");
  await shows(page, /root@host:~# echo \$\?\n0\nroot@host:~#$/);
}

test("dragging an image onto docker0 runs it there: a new 172.17.0.x container, new rules, what Docker did", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const canvas = await opened(page);
  const raw = page.getByRole("tabpanel");
  await page.getByRole("combobox", { name: "table" }).selectOption("raw");
  await expect(raw).not.toContainText("172.17.0.4");

  await page
    .getByRole("button", { name: "caddy", exact: true })
    .dragTo(canvas.locator('[data-network="bridge"]'));
  await ran(page, ["docker run -d --network bridge caddy"]);
  const node = canvas.locator(".netns-container", { hasText: "caddy" });
  await expect(node).toBeVisible();
  const name = (await node.getAttribute("data-netns"))!;
  await expect(canvas.getByTestId(`rf__node-if:${name}/eth0`)).toContainText("172.17.0.4/16");
  await expect(raw).toContainText("-A PREROUTING -d 172.17.0.4/32 ! -i docker0 -j DROP");

  await page.getByRole("tab", { name: "What Docker did" }).click();
  await expect(raw).toContainText("docker run -d --network bridge caddy changed one table:");
  await expect(raw.locator(".added")).toHaveText(["+-A PREROUTING -d 172.17.0.4/32 ! -i docker0 -j DROP"]);
  await shot(page, "docker-drag-image");
  expect(errors).toEqual([]);
});

test("New network, then a container dragged across to it: network create, disconnect and connect", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const canvas = await opened(page);
  await page.getByRole("button", { name: "New network", exact: true }).click();
  const form = page.getByRole("dialog", { name: "Create a network" });
  await form.getByLabel("Name").fill("backend");
  await form.getByLabel("Subnet").fill("10.10.0.0/24");
  await form.getByRole("button", { name: "Create" }).click();
  await ran(page, ["docker network create --subnet 10.10.0.0/24 backend"]);
  const backend = canvas.locator('[data-network="backend"]');
  await expect(backend).toContainText("10.10.0.1/24");

  await canvas.locator('[data-netns="db"] .netns-grip').dragTo(backend);
  await ran(page, ["docker network disconnect bridge db", "docker network connect backend db"]);
  await expect(canvas.getByTestId("rf__node-if:db/eth0")).toContainText("10.10.0.2/24");
  await shot(page, "docker-new-network");
  expect(errors).toEqual([]);
});

test("a container's menu publishes a port by running it again, opens its terminal, stops and removes it", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const canvas = await opened(page);
  await canvas.locator('[data-netns="db"] .netns-head').click({ button: "right" });
  const menu = page.getByRole("menu", { name: "Actions for db" });
  await expect(menu.getByRole("menuitem")).toHaveText(["Publish port…", "Exec", "Stop", "Remove"]);
  await menu.getByRole("menuitem", { name: "Publish port…" }).click();
  const form = page.getByRole("dialog", { name: "Publish a port of db" });
  await expect(form.getByLabel("Container port")).toHaveValue("6379");
  await form.getByLabel("Host port").fill("6379");
  await shot(page, "docker-publish-form");
  await form.getByRole("button", { name: "Publish" }).click();
  await ran(page, ["docker rm -f db", "docker run -d --name db -p 6379:6379 redis"]);
  await expect(canvas.locator('[data-netns="db"]')).toContainText("published 6379:6379");

  await page.getByRole("button", { name: "Actions for db" }).click();
  await page.getByRole("menuitem", { name: "Exec" }).click();
  const tab = page.getByRole("tab", { name: "db", exact: true });
  await expect(tab).toHaveAttribute("aria-selected", "true");
  await expect(terminalInput(page, "db")).toBeFocused();
  await typeLine(page, "ip -br addr show eth0", "db");
  await shows(
    page,
    /root@[0-9a-f]{12}:\/# ip -br addr show eth0\neth0@if\d+ +UP +172\.17\.0\.3\/16 fe80::[0-9a-f:]+\/64 *\nroot@[0-9a-f]{12}:\/#$/,
    "db",
  );
  await shot(page, "docker-exec-tab");

  await page.getByRole("button", { name: "Actions for web" }).click();
  await page.getByRole("menuitem", { name: "Stop" }).click();
  await ran(page, ["docker stop web"]);
  // A stopped container's namespace is gone, and with it its devices and its terminal; its box stays,
  // empty and marked, so that its menu can start it again.
  const web = canvas.locator('[data-netns="web"]');
  await expect(web).toContainText("exited");
  await expect(canvas.getByTestId("rf__node-if:web/eth0")).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "web", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Actions for web" }).click();
  await page.getByRole("menuitem", { name: "Start" }).click();
  await ran(page, ["docker start web"]);
  await expect(canvas.getByTestId("rf__node-if:web/eth0")).toContainText("172.17.0.2/16");
  await expect(web).not.toContainText("exited");
  await page.getByRole("button", { name: "Actions for db" }).click();
  await page.getByRole("menuitem", { name: "Remove" }).click();
  await ran(page, ["docker rm -f db"]);
  await expect(canvas.locator('[data-netns="db"]')).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "host" })).toHaveAttribute("aria-selected", "true");
  expect(errors).toEqual([]);
});

test("the container → internet preset: MASQUERADE on the host, its conntrack entry, and the capture per device", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await opened(page);
  await page.getByRole("button", { name: "container → internet" }).click();
  await ran(page, ["docker exec web curl -s -m 2 http://198.18.5.130/"]);
  const caption = page.locator(".player-caption");
  const forward = page.getByRole("button", { name: "Step forward" });
  for (
    let i = 0;
    i < 300 && !/host: nat POSTROUTING rule \d+ ✓ matches/.test((await caption.textContent()) ?? "");
    i++
  )
    await forward.click();
  await expect(page.locator(".rule.current")).toContainText(
    "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE",
  );

  await page.getByRole("tab", { name: "Capture" }).click();
  const eth0 = page.getByRole("region", { name: "Capture on eth0" });
  await expect(eth0).toContainText("tcpdump -n -i eth0");
  // On the host's eth0 the SYN already carries the host's address: MASQUERADE ran before it left.
  await expect(eth0.locator(".capture-line").first()).toContainText("IP 192.168.31.228.");
  await expect(eth0.locator(".capture-line").first()).toContainText("> 198.18.5.130.80: Flags [S]");
  await expect(eth0.locator(".capture-line.later").first()).toBeVisible();
  const docker0 = page.getByRole("region", { name: "Capture on docker0" });
  await expect(docker0.locator(".capture-line.current").first()).toContainText("IP 172.17.0.2.");
  await shot(page, "docker-capture");

  await page.getByRole("tab", { name: "Conntrack" }).click();
  await expect(page.locator(".ct-table")).toContainText("src=172.17.0.2 dst=198.18.5.130");
  expect(errors).toEqual([]);
});

test("the host's menu runs the scenario again with another Docker, or with dockerd options", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await opened(page);
  const panel = page.getByRole("tabpanel");
  const hostMenu = page.getByRole("button", { name: "Actions for host" });
  await hostMenu.click();
  await expect(page.getByRole("menuitemradio", { name: "Docker 29" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await page.getByRole("menuitemradio", { name: "Docker 20.10" }).click();
  await expect(panel).toContainText("-N DOCKER-ISOLATION-STAGE-1");
  await shows(page, new RegExp(`^root@host:~# docker run -d --name web -p 8080:80 nginx\\n${ID}\\n`));

  await hostMenu.click();
  await expect(page.getByRole("menuitemcheckbox", { name: "dockerd --icc=false" })).toBeDisabled();
  await page.getByRole("menuitemradio", { name: "Docker 29" }).click();
  await expect(panel).not.toContainText("DOCKER-ISOLATION-STAGE-1");

  await hostMenu.click();
  await page.getByRole("menuitemcheckbox", { name: "dockerd --icc=false" }).click();
  await shows(
    page,
    /^root@host:~# dockerd --icc=false\nroot@host:~# docker run -d --name web -p 8080:80 nginx\n/,
  );
  await expect(panel).toContainText("-i docker0 -o docker0 -j DROP");
  await hostMenu.click();
  await expect(page.getByRole("menuitemcheckbox", { name: "dockerd --icc=false" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await page.keyboard.press("Escape");
  expect(errors).toEqual([]);
});

test.describe("in the dark", () => {
  test.use({ colorScheme: "dark" });

  test("the Docker world and what Docker did, in the dark theme", async ({ page }) => {
    const errors = collectErrors(page);
    await opened(page);
    await page.getByRole("tab", { name: "What Docker did" }).click();
    await expect(page.getByRole("tabpanel")).toContainText(
      "docker run -d --name db redis changed one table:",
    );
    await page.getByRole("button", { name: "Actions for web" }).click();
    await expect(page.getByRole("menu", { name: "Actions for web" })).toBeVisible();
    await shot(page, "docker-dark");
    expect(errors).toEqual([]);
  });
});
