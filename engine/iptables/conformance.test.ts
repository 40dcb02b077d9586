import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runScript } from "../shell";
import { emptyWorld } from "../test/golden";

/**
 * iptables' own extension test cases (v1.8.9 `extensions/*.t`, kept as GPL test data in ../shared):
 * each rule must be accepted or refused as the file says, and an accepted rule must list exactly as
 * the file's expected `iptables-save` line. Read at test time; never bundled into the app.
 */
const dir = new URL("../../../shared/conformance/iptables-t/", import.meta.url).pathname;

interface Case {
  readonly line: number;
  readonly table: string;
  readonly chains: readonly string[];
  readonly rule: string;
  readonly expected: string;
  readonly ok: boolean;
}

function casesOf(text: string): Case[] {
  let chains: string[] = [];
  let table = "filter";
  const cases: Case[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("@") || line.startsWith("%")) return;
    if (line.startsWith(":")) chains = line.slice(1).split(",");
    else if (line.startsWith("*")) table = line.slice(1);
    else {
      const [rule = "", expected = "", result = ""] = line.split(";");
      cases.push({
        line: i + 1,
        table,
        chains,
        rule,
        expected: expected === "=" ? rule : expected,
        ok: result === "OK",
      });
    }
  });
  return cases;
}

const files = readdirSync(dir).filter((f) => f.endsWith(".t"));

describe.each(files)("%s", (file) => {
  for (const c of casesOf(readFileSync(dir + file, "utf8"))) {
    it(`line ${c.line}: ${c.rule} → ${c.ok ? "OK" : "FAIL"}`, () => {
      for (const chain of c.chains) {
        const world = emptyWorld();
        const [add, listing] = runScript(
          world,
          `iptables -t ${c.table} -A ${chain} ${c.rule}\niptables -t ${c.table} -S ${chain}\n`,
        );
        const stderr = add!.output.map((o) => o.text).join("");
        if (!c.ok) {
          expect(add!.status, `${chain}: ${stderr}`).not.toBe(0);
          // A refusal only counts when it comes from the module itself, not from its absence.
          expect(stderr).not.toContain("does not model");
          continue;
        }
        expect(add!.status, `${chain}: ${stderr}`).toBe(0);
        const lines = listing!.output
          .map((o) => o.text)
          .join("")
          .split("\n");
        expect(lines).toContain(`-A ${chain} ${c.expected}`.trimEnd());
      }
    });
  }
});
