import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { viewOf } from "../../engine/view";
import { ruleDiff } from "./rule-diff";

describe("ruleDiff", () => {
  it("gives what a docker run added to each table, as -S lines marked +", () => {
    const world = createWorld("docker");
    const before = viewOf(world).namespaces[0];
    expect(runLine(world, "docker run -d --name web -p 8080:80 nginx").status).toBe(0);
    const after = viewOf(world).namespaces[0];
    const changed = ruleDiff(before, after).map((d) => ({
      table: d.table,
      lines: d.lines.filter((l) => l.mark !== " ").map((l) => `${l.mark}${l.text}`),
    }));
    expect(changed).toEqual([
      { table: "raw", lines: ["+-A PREROUTING -d 172.17.0.2/32 ! -i docker0 -j DROP"] },
      {
        table: "nat",
        lines: ["+-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80"],
      },
      {
        table: "filter",
        lines: ["+-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT"],
      },
    ]);
  });

  it("marks removed lines with -", () => {
    const world = createWorld("docker");
    runLine(world, "docker run -d --name web nginx");
    const before = viewOf(world).namespaces[0];
    runLine(world, "docker rm -f web");
    const raw = ruleDiff(before, viewOf(world).namespaces[0]);
    expect(raw.map((d) => d.table)).toEqual(["raw"]);
    expect(raw[0]!.lines.filter((l) => l.mark !== " ")).toEqual([
      { mark: "-", text: "-A PREROUTING -d 172.17.0.2/32 ! -i docker0 -j DROP" },
    ]);
  });
});
