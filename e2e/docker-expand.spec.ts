import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { collectErrors } from "./console";
import { ID, idle, opened, shows, typeLine } from "./terminal-helpers";

/**
 * `netplay expand --world docker` on the opening's two lines, `docker rm -f web`, then
 * `docker run -d --name web -p 8080:80 nginx`: what it prints for that last line.
 */
const WEB_AGAIN = [
  "ip netns add web",
  "ip -n web link set lo up",
  "ip link add vethb6991bc type veth peer name eth0 address ba:3d:81:0f:68:90 netns web",
  "ip link set vethb6991bc master docker0",
  "ip link set vethb6991bc up",
  "ip -n web addr add 172.17.0.2/16 brd + dev eth0",
  "ip -n web link set eth0 up",
  "ip -n web route add default via 172.17.0.1",
  "iptables -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP",
  "iptables -t nat -A DOCKER -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0",
  "iptables -t filter -I DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT",
  "# dockerd starts: docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.2 -container-port 80",
  "conntrack -D -r 172.17.0.2 >/dev/null 2>&1 || true",
  "conntrack -D -q 172.17.0.2 >/dev/null 2>&1 || true",
];

const RUN = "docker run -d --name web -p 8080:80 nginx";

/** The section of the Docker tab, after the opening. */
async function expandSection(page: Page) {
  await opened(page);
  await page.getByRole("tab", { name: "What Docker did" }).click();
  return page.getByRole("region", { name: "What dockerd ran (netplay expand)" });
}

/** Types `line` and waits for its prompt to come back. */
async function typed(page: Page, line: string, printed: string) {
  await typeLine(page, line);
  await shows(page, new RegExp(`${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n${printed}root@host:~#$`));
  await idle(page);
}

/** The serious and critical axe violations on the page, as "rule: element" lines. */
async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

for (const colorScheme of ["light", "dark"] as const)
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test("the Docker tab lists the host commands the last docker run amounted to", async ({ page }) => {
      const errors = collectErrors(page);
      const section = await expandSection(page);
      // The opening's last line.
      await expect(section).toContainText("For docker run -d --name db redis, dockerd ran 11 host commands");

      await typed(page, "docker rm -f web", "web\\n");
      await typed(page, RUN, `${ID}\\n`);
      await expect(section.getByText(/^For docker run/)).toHaveText(
        `For ${RUN}, dockerd ran ${WEB_AGAIN.length} host commands, in order:`,
      );
      const list = section.getByRole("list", { name: "What dockerd ran (netplay expand)" });
      // Folded to its first 8 lines.
      await expect(list.getByRole("listitem")).toHaveText(WEB_AGAIN.slice(0, 8));
      const all = section.getByRole("button", { name: `Show all ${WEB_AGAIN.length}` });
      await expect(all).toHaveAttribute("aria-expanded", "false");
      await all.click();
      await expect(list.getByRole("listitem")).toHaveText(WEB_AGAIN);
      await expect(section.getByRole("button", { name: "Show the first 8" })).toHaveAttribute(
        "aria-expanded",
        "true",
      );

      await page
        .getByRole("region", { name: "Details" })
        .screenshot({ path: colorScheme === "light" ? "/tmp/dx-shot.png" : "/tmp/dx-shot-dark.png" });
      expect(await serious(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

test("Copy puts the lines on the clipboard as `netplay expand` prints them", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const errors = collectErrors(page);
  const section = await expandSection(page);
  await typed(page, "docker rm -f web", "web\\n");
  await typed(page, RUN, `${ID}\\n`);
  await section.getByRole("button", { name: "Copy" }).click();
  await expect(section.getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `# ${RUN}\n${WEB_AGAIN.map((line) => `${line}\n`).join("")}`,
  );
  expect(errors).toEqual([]);
});

test("a docker command that failed or ran nothing on the host says so", async ({ page }) => {
  const errors = collectErrors(page);
  const section = await expandSection(page);
  await typed(
    page,
    RUN,
    `docker: Error response from daemon: Conflict\\.[\\s\\S]*See 'docker run --help'\\.\\n`,
  );
  await expect(section.getByRole("paragraph")).toHaveText(
    `${RUN} failed (exit status 125) before dockerd ran any host command.`,
  );
  await expect(section.getByRole("list")).toHaveCount(0);

  await typed(page, "docker network ls -q", "(?:[0-9a-f]{12}\\n){3}");
  await expect(section.getByRole("paragraph")).toHaveText("docker network ls -q ran no host command.");
  expect(errors).toEqual([]);
});
