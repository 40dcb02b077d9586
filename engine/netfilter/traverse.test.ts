import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import type { TraceEvent } from "../trace/events";
import type { Hook } from "./hooks";
import type { TableName } from "./tables";
import { testPacket, type TestPacketSpec } from "./test-packet";
import { testContext } from "./test-xt";
import { runTable } from "./traverse";

/** A host whose tables the script built with real iptables commands. */
function hostWith(script: string) {
  const world = createWorld("empty");
  for (const result of runScript(world, script)) expect(result.status, result.command).toBe(0);
  return { world, netns: world.netns.get("host")! };
}

function walk(script: string, spec: TestPacketSpec, hook: Hook = "INPUT", table: TableName = "filter") {
  const { world, netns } = hostWith(script);
  const trace: TraceEvent[] = [];
  const ctx = testContext(hook, { table, world, netns });
  const verdict = runTable(netns.ruleset[table], hook, testPacket(spec), ctx, trace);
  return { verdict, trace, netns };
}

const steps = (trace: readonly TraceEvent[]) =>
  trace.map((e) => {
    switch (e.kind) {
      case "chain":
        return `${e.via} ${e.chain}`;
      case "rule":
        return `${e.chain}#${e.num} ${e.matched ? "match" : `no: ${e.why}`}`;
      case "return":
        return `return from ${e.chain}`;
      case "verdict":
        return `${e.verdict} by ${e.num === undefined ? `${e.chain} policy` : `${e.chain}#${e.num}`}`;
      default:
        return e.kind;
    }
  });

describe("runTable", () => {
  it("passes a packet untouched through a base chain iptables-nft never made", () => {
    const { verdict, trace } = walk("iptables -N X", { tcp: { dport: 80 } });
    expect(verdict).toBe("ACCEPT");
    expect(trace).toEqual([]);
  });

  it("tries rules in order, says why each failed, and stops at the first verdict", () => {
    const script =
      "iptables -A INPUT -p udp -j DROP\niptables -A INPUT -p tcp --dport 8081 -j DROP\niptables -A INPUT -p tcp -j ACCEPT";
    const { verdict, trace } = walk(script, { tcp: { dport: 80 } });
    expect(verdict).toBe("ACCEPT");
    expect(steps(trace)).toEqual([
      "hook INPUT",
      "INPUT#1 no: proto tcp ≠ udp",
      "INPUT#2 no: dport 80 ≠ 8081",
      "INPUT#3 match",
      "ACCEPT by INPUT#3",
    ]);
  });

  it("returns from a user chain at its end and from RETURN, and continues after the jump", () => {
    const script = [
      "iptables -N A",
      "iptables -N B",
      "iptables -A A -j B",
      "iptables -A A -p tcp -j RETURN",
      "iptables -A A -j DROP",
      "iptables -A INPUT -j A",
      "iptables -P INPUT DROP",
    ].join("\n");
    const { verdict, trace } = walk(script, { tcp: {} });
    expect(verdict).toBe("DROP");
    expect(steps(trace)).toEqual([
      "hook INPUT",
      "INPUT#1 match",
      "jump A",
      "A#1 match",
      "jump B",
      "return from B",
      "A#2 match",
      "return from A",
      "DROP by INPUT policy",
    ]);
  });

  it("does not come back from a goto: the end of the goto'd chain is the calling chain's end", () => {
    const script =
      "iptables -N G\niptables -N J\niptables -A J -g G\niptables -A J -j DROP\niptables -A INPUT -j J\niptables -A INPUT -j DROP";
    const { verdict, trace } = walk(script, { udp: {} });
    expect(verdict).toBe("DROP");
    expect(steps(trace)).toEqual([
      "hook INPUT",
      "INPUT#1 match",
      "jump J",
      "J#1 match",
      "goto G",
      "return from G",
      "INPUT#2 match",
      "DROP by INPUT#2",
    ]);
  });

  it("lets RETURN in the base chain fall to the policy", () => {
    const { verdict, trace } = walk("iptables -A INPUT -j RETURN\niptables -A INPUT -j DROP", { udp: {} });
    expect(verdict).toBe("ACCEPT");
    expect(steps(trace).at(-1)).toBe("ACCEPT by INPUT policy");
  });

  it("counts each matching rule, and the policy once -P gave the chain one (nft's chain counters)", () => {
    const rules =
      "iptables -N LOGGED\niptables -A INPUT -j LOGGED\niptables -A INPUT -p tcp --dport 22 -j ACCEPT";
    const walk = (script: string) => {
      const { world, netns } = hostWith(script);
      const ctx = testContext("INPUT", { world, netns });
      runTable(netns.ruleset.filter, "INPUT", testPacket({ tcp: { dport: 22 } }), ctx, undefined);
      runTable(netns.ruleset.filter, "INPUT", testPacket({ tcp: { dport: 80 } }), ctx, undefined);
      return netns.ruleset.filter.chains.get("INPUT")!;
    };
    const input = walk(`iptables -P INPUT ACCEPT\n${rules}`);
    expect(input.rules.map((r) => r.counters)).toEqual([
      { packets: 2n, bytes: 120n },
      { packets: 1n, bytes: 60n },
    ]);
    expect(input.policyCounters).toEqual({ packets: 1n, bytes: 60n });
    // A chain its first rule made has no counters for its policy, as on the real kernel.
    expect(walk(rules).policyCounters).toEqual({ packets: 0n, bytes: 0n });
  });

  it("counts the policy of a chain that -Z zeroed once it existed, as nft's zeroing gives it counters", () => {
    const walk = (script: string) => {
      const { world, netns } = hostWith(script);
      runTable(
        netns.ruleset.filter,
        "INPUT",
        testPacket({ udp: {} }),
        testContext("INPUT", { world, netns }),
        undefined,
      );
      return netns.ruleset.filter.chains.get("INPUT")!.policyCounters.packets;
    };
    // Checked on the kernel: after -F the chain a rule made still counts nothing; after -Z it counts.
    expect(walk("iptables -A INPUT -j ACCEPT\niptables -F")).toBe(0n);
    expect(walk("iptables -A INPUT -j ACCEPT\niptables -F\niptables -Z")).toBe(1n);
    // -Z of a table whose INPUT no rule made leaves it without counters.
    expect(walk("iptables -A OUTPUT -j ACCEPT\niptables -F\niptables -Z\niptables -A INPUT -j RETURN")).toBe(
      0n,
    );
  });

  it("continues after a target that gives no verdict (MARK) and lets later rules see its work", () => {
    const script =
      "iptables -t mangle -A PREROUTING -j MARK --set-mark 7\niptables -t mangle -A PREROUTING -m mark --mark 7 -j DROP";
    const { verdict } = walk(script, { udp: {} }, "PREROUTING", "mangle");
    expect(verdict).toBe("DROP");
  });
});
