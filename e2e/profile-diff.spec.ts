import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectErrors } from "./console";
import { ID, idle, opened, shows, typeLine } from "./terminal-helpers";

const shot = async (page: Page, name: string) =>
  page.getByRole("region", { name: "Details" }).screenshot({ path: test.info().outputPath(`${name}.png`) });

/** The article's caddy on a user network, next to the opening's web and db on docker0. */
async function caddyOnWeb(page: Page) {
  await opened(page);
  await typeLine(page, "docker network create web");
  await shows(page, /root@host:~# docker network create web\n[0-9a-f]{64}\nroot@host:~#$/);
  await typeLine(page, "docker run -d --name caddy --network web -p 8081:80 caddy");
  await shows(page, new RegExp(`-p 8081:80 caddy\\n${ID}\\nroot@host:~#$`));
  await idle(page);
  await page.getByRole("tab", { name: "What Docker did" }).click();
  return page.getByRole("region", { name: "Compare with Docker" });
}

/** A line of `table`'s diff between 29 and `other`, found by its text. */
const line = (compare: Locator, table: string, rule: RegExp, other = "20.10.27") =>
  compare
    .getByRole("region", { name: `${table} table under Docker 29.0.0 and ${other}` })
    .getByRole("listitem")
    .filter({ hasText: rule });

/** The serious and critical axe violations on the page, as "rule: element" lines. */
async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

const BR = "br-[0-9a-f]{12}";

for (const colorScheme of ["light", "dark"] as const)
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test("the Docker tab shows the scenario's rules under Docker 29 and under 20.10", async ({ page }) => {
      const errors = collectErrors(page);
      const compare = await caddyOnWeb(page);
      const versions = compare.getByRole("group", { name: "Compare with Docker" });
      // The scenario runs Docker 29: the other versions are offered.
      await expect(versions.getByRole("button")).toHaveText(["20.10", "28"]);
      await versions.getByRole("button", { name: "20.10" }).click();
      await expect(versions.getByRole("button", { name: "20.10" })).toHaveAttribute("aria-pressed", "true");

      await expect(line(compare, "filter", /^\+.*-A DOCKER-ISOLATION-STAGE-1 -j RETURN$/)).toHaveText(
        "+only under Docker 20.10.27: -A DOCKER-ISOLATION-STAGE-1 -j RETURN",
      );
      await expect(line(compare, "filter", /-A FORWARD -j DOCKER-FORWARD$/)).toHaveText(
        "-only under Docker 29.0.0: -A FORWARD -j DOCKER-FORWARD",
      );
      await expect(line(compare, "filter", /-A FORWARD -j DOCKER-USER$/)).toHaveText(
        " -A FORWARD -j DOCKER-USER",
      );
      await expect(line(compare, "raw", /172\.18\.0\.2/)).toHaveText(
        new RegExp(
          `^-only under Docker 29\\.0\\.0: -A PREROUTING -d 172\\.18\\.0\\.2/32 ! -i ${BR} -j DROP$`,
        ),
      );
      await expect(line(compare, "nat", /-A DOCKER -i br-/)).toHaveText(
        new RegExp(`^\\+only under Docker 20\\.10\\.27: -A DOCKER -i ${BR} -j RETURN$`),
      );
      await expect(compare).toContainText("No difference in mangle.");
      await expect(compare).toContainText(
        "User networks' bridges are named as in the Docker 29.0.0 run, so their random ids show no difference.",
      );

      await shot(page, `profile-diff-${colorScheme}`);
      expect(await serious(page)).toEqual([]);

      // A run of unchanged lines folds into a button that shows them.
      const nat = compare.getByRole("region", { name: "nat table under Docker 29.0.0 and 20.10.27" });
      await nat.getByRole("button", { name: "⋯ 8 unchanged lines" }).click();
      await expect(line(compare, "nat", /-A PREROUTING -m addrtype/)).toHaveText(
        " -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER",
      );
      expect(errors).toEqual([]);
    });
  });

test("a line that fails under one version only is named, with what it printed", async ({ page }) => {
  const errors = collectErrors(page);
  const compare = await caddyOnWeb(page);
  await compare.getByRole("button", { name: "28" }).click();
  await expect(line(compare, "filter", /-N DOCKER-INTERNAL$/, "28.5.2")).toHaveText(
    "-only under Docker 29.0.0: -N DOCKER-INTERNAL",
  );
  await typeLine(page, "iptables -N DOCKER-ISOLATION-STAGE-1");
  await shows(page, /iptables -N DOCKER-ISOLATION-STAGE-1\nroot@host:~#$/);
  await expect(compare).toContainText(
    "Under Docker 28.5.2, iptables -N DOCKER-ISOLATION-STAGE-1 failed: iptables: Chain already exists.",
  );
  expect(await serious(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("after the host's menu switches to Docker 20.10, the tab compares with 28 and 29", async ({ page }) => {
  const errors = collectErrors(page);
  await opened(page);
  await page.getByRole("button", { name: "Actions for host" }).click();
  await page.getByRole("menuitemradio", { name: "Docker 20.10" }).click();
  await shows(page, new RegExp(`^root@host:~# docker run -d --name web -p 8080:80 nginx\\n${ID}\\n`));
  await page.getByRole("tab", { name: "What Docker did" }).click();
  const compare = page.getByRole("region", { name: "Compare with Docker" });
  const versions = compare.getByRole("group", { name: "Compare with Docker" });
  await expect(versions.getByRole("button")).toHaveText(["28", "29"]);
  await versions.getByRole("button", { name: "29" }).click();
  await expect(
    compare
      .getByRole("region", { name: "filter table under Docker 20.10.27 and 29.0.0" })
      .getByRole("listitem")
      .filter({ hasText: /-N DOCKER-FORWARD$/ }),
  ).toHaveText("+only under Docker 29.0.0: -N DOCKER-FORWARD");
  expect(errors).toEqual([]);
});
