import { describe, expect, it } from "vitest";
import { createRng, nextU32 } from "../rng";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import type { TraceEvent } from "../trace/events";
import { TCP } from "../stack/packet";
import { testPacket, type TestPacketSpec } from "./test-packet";
import { testContext } from "./test-xt";
import { runTable } from "./traverse";

/**
 * The untraced walk skips rules by the chain index; the traced walk tries every rule. Both must reach
 * the same verdicts and counters on any ruleset, statistic's packet counting included.
 */
function randomScript(seed: number): string {
  const rng = createRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[nextU32(rng) % xs.length]!;
  const lines = ["iptables -N U"];
  for (let i = 0; i < 40; i++) {
    const parts: string[] = [];
    const proto = pick(["", "-p tcp", "-p udp", "! -p udp", "-p icmp"]);
    if (proto) parts.push(proto);
    if (nextU32(rng) % 3 === 0)
      parts.push(pick(["-s 10.0.0.0/8", "! -s 10.0.0.1", "-d 10.0.0.2", "! -d 192.168.0.0/16"]));
    if (nextU32(rng) % 4 === 0) parts.push("-m statistic --mode nth --every 3 --packet 1");
    if (proto === "-p tcp" || proto === "-p udp")
      parts.push(pick(["--dport 80", "! --dport 80", "--dport 1000:2000", "--sport 40000", ""]));
    const target = pick(["-j ACCEPT", "-j DROP", "-j RETURN", "-j U", "-j MARK --set-mark 1", ""]);
    const chain = pick(["INPUT", "INPUT", "U"]);
    if (chain === "U" && target === "-j U") continue;
    lines.push(`iptables -A ${chain} ${parts.join(" ")} ${target}`.replace(/ +/g, " ").trim());
  }
  return lines.join("\n");
}

const PACKETS: readonly TestPacketSpec[] = [
  { tcp: { dport: 80 } },
  { tcp: { dport: 1500, flags: TCP.ACK } },
  { udp: { dport: 80 } },
  { udp: { sport: 40000, dport: 53 }, src: "192.168.1.5" },
  { icmp: { type: 8 } },
  { tcp: { dport: 22 }, src: "10.0.0.1", dst: "192.168.3.4" },
];

function replay(script: string, traced: boolean) {
  const world = createWorld("empty");
  for (const r of runScript(world, script))
    expect(r.status, `${r.command}: ${r.output.map((c) => c.text).join("")}`).toBe(0);
  const netns = world.netns.get("host")!;
  const ctx = testContext("INPUT", { world, netns });
  const verdicts: string[] = [];
  for (let round = 0; round < 4; round++)
    for (const spec of PACKETS)
      verdicts.push(
        runTable(
          netns.ruleset.filter,
          "INPUT",
          testPacket(spec),
          ctx,
          traced ? ([] as TraceEvent[]) : undefined,
        ),
      );
  const counters = [...netns.ruleset.filter.chains.values()].flatMap((c) => [
    c.policyCounters,
    ...c.rules.map((r) => r.counters),
  ]);
  return { verdicts, counters };
}

describe("the untraced walk's rule skipping", () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))(
    "agrees with the traced walk on random ruleset %i",
    (seed) => {
      const script = randomScript(seed);
      expect(replay(script, false)).toEqual(replay(script, true));
    },
  );
});
