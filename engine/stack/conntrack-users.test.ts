import { expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import { conntrackInUse } from "./conntrack-users";

/** Whether the host tracks connections after these commands (checked on the real kernel: none by default). */
function tracks(script: string): boolean {
  const world = createWorld("empty");
  for (const r of runScript(world, script)) expect(r.status, r.command).toBe(0);
  return conntrackInUse(world.netns.get("host")!);
}

it.each([
  ["", false],
  ["iptables -A INPUT -p tcp --dport 22 -j ACCEPT\niptables -P FORWARD DROP", false],
  ["iptables -t raw -A PREROUTING -j CT --notrack", false],
  ["iptables -t raw -A PREROUTING -j NOTRACK", false],
  ["iptables -A INPUT -m state --state ESTABLISHED -j ACCEPT", true],
  ["iptables -N X\niptables -A X -m conntrack --ctstate NEW -j RETURN", true],
  ["iptables -t mangle -A PREROUTING -m connmark --mark 1 -j ACCEPT", true],
  ["iptables -t mangle -A OUTPUT -j CONNMARK --save-mark", true],
  ["iptables -t raw -A OUTPUT -j CT --zone 1", true],
  // Checked on the kernel: a nat chain takes no conntrack reference, only a NAT target does.
  ["iptables -t nat -P POSTROUTING ACCEPT", false],
  ["iptables -t nat -A POSTROUTING -j ACCEPT", false],
  ["iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE", true],
  ["iptables -t nat -A INPUT -j SNAT --to-source 10.0.0.1", true],
  ["iptables -t nat -A OUTPUT -p tcp -j REDIRECT --to-ports 80", true],
  ["iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2", true],
])("%j: tracks connections: %s", (script, expected) => {
  expect(tracks(script)).toBe(expected);
});

it("stops tracking when the last rule that needed it goes", () => {
  const world = createWorld("empty");
  runScript(world, "iptables -A INPUT -m state --state ESTABLISHED -j ACCEPT\niptables -D INPUT 1");
  expect(conntrackInUse(world.netns.get("host")!)).toBe(false);
});
