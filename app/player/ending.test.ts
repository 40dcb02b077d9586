import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { viewOf } from "../../engine/view";
import { endingOf } from "./ending";

describe("endingOf", () => {
  const world = createWorld("bare");
  runLine(world, "iptables -A INPUT -p tcp --dport 22 -j DROP");
  runLine(world, "iptables -A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset");
  const view = viewOf(world);
  const verdict = (num: number | undefined, v = "DROP") =>
    endingOf({ kind: "verdict", netns: "host", table: "filter", chain: "INPUT", verdict: v, num }, view);

  it("ends a walk at a DROP rule with the rule's words", () => {
    expect(verdict(1)).toEqual({
      verdict: "drop",
      text: "Dropped in host by filter INPUT rule 1",
      rule: "-A INPUT -p tcp -m tcp --dport 22 -j DROP",
    });
  });

  it("says a REJECT answers the sender", () => {
    expect(verdict(2)).toEqual({
      verdict: "drop",
      text: "Rejected (an error goes back to the sender) in host by filter INPUT rule 2",
      rule: "-A INPUT -p tcp -m tcp --dport 23 -j REJECT --reject-with tcp-reset",
    });
  });

  it("blames a chain's policy when no rule took the packet", () => {
    expect(verdict(undefined)?.text).toBe(
      "Dropped in host by the policy of filter INPUT: no rule accepted it",
    );
  });

  it("does not end the walk at an ACCEPT, and passes the stack's own reasons on", () => {
    expect(verdict(1, "ACCEPT")).toBeUndefined();
    expect(endingOf({ kind: "drop", netns: "host", reason: "no socket on TCP port 81" }, view)).toEqual({
      verdict: "drop",
      text: "Dropped in host: no socket on TCP port 81",
    });
  });
});
