import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { framesOf } from "../player/frames";
import { walkOf } from "./tried";

describe("walkOf", () => {
  it("marks the rules tried in the current hook's walk of one table, and the verdict", () => {
    const world = createWorld("bare");
    runLine(world, "iptables -A OUTPUT -p udp -j ACCEPT");
    runLine(world, "iptables -A OUTPUT -p tcp --dport 22 -j DROP");
    const trace = runLine(world, "curl -s -m 2 http://198.18.5.130/", "host", undefined, true).trace ?? [];
    const frames = framesOf(trace);
    const verdict = trace.findIndex((e) => e.kind === "verdict");
    const walk = walkOf(trace, frames[verdict], verdict, "host", "filter");
    expect([...walk.rules]).toEqual([
      ["OUTPUT#1", { matched: false, why: "proto tcp ≠ udp", current: false }],
      ["OUTPUT#2", { matched: false, why: "dport 80 ≠ 22", current: false }],
    ]);
    expect([...walk.verdicts]).toEqual([["OUTPUT", { verdict: "ACCEPT" }]]);
    expect(walkOf(trace, frames[verdict], verdict, "host", "nat").rules.size).toBe(0);
  });
});
