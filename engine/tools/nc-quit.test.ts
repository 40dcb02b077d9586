// nc -u -q. Expected behaviour recorded from netcat-openbsd 1.219-1 (Debian 12) under strace, against
// a UDP echo server as the bare world's DNS stand-in is: at stdin's end nc writes the data, shuts the
// socket down both ways, closes it and waits out the quit timer (kernel scenario 48 replays this).
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import type { World } from "../world";

function timed(world: World, line: string) {
  const start = world.clock;
  const [result] = runScript(world, line);
  const text = result!.output.map((c) => c.text).join("");
  return { text, status: result!.status, ms: world.clock - start };
}

describe("nc -u -q", () => {
  it("closes at stdin's end, so the answer is not printed and draws a port unreachable", () => {
    const world = createWorld("bare");
    runScript(
      world,
      "iptables -A OUTPUT -p icmp --icmp-type port-unreachable\niptables -A INPUT -p udp --sport 53",
    );
    expect(timed(world, "echo q | nc -u -q 1 198.18.9.9 53")).toEqual({ text: "", status: 0, ms: 1000 });
    expect(timed(world, "echo w | nc -u -w 1 198.18.9.9 53")).toEqual({ text: "w\n", status: 0, ms: 1000 });
    expect(timed(world, "nc -u -q 0 198.18.9.9 53 < /dev/null")).toEqual({ text: "", status: 0, ms: 0 });
    const [listing] = runScript(world, "iptables -S -v");
    expect(listing!.output.map((c) => c.text).join("")).toBe(
      "-P INPUT ACCEPT -c 0 0\n-P FORWARD ACCEPT -c 0 0\n-P OUTPUT ACCEPT -c 0 0\n" +
        "-A INPUT -p udp -m udp --sport 53 -c 2 60\n" +
        "-A OUTPUT -p icmp -m icmp --icmp-type 3/3 -c 1 58\n",
    );
  });

  it("prints two of what came in before, udptest's echoes, whatever stdin was", () => {
    const world = createWorld("bare");
    const succeeded = "Connection to 198.18.9.9 53 port [udp/domain] succeeded!\n";
    expect(timed(world, "echo q | nc -u -v -q 1 198.18.9.9 53")).toEqual({
      text: `${succeeded}XX`,
      status: 0,
      ms: 3000 + 1000,
    });
    expect(timed(world, "echo q | nc -u -v -w 1 -q 1 198.18.9.9 53").text).toBe(`${succeeded}XX`);
    expect(timed(world, "nc -u -v -w 1 -q 1 198.18.9.9 53 < /dev/null").text).toBe(`${succeeded}XX`);
    expect(timed(world, "true | nc -u -v -w 1 -q 1 198.18.9.9 53").text).toBe(`${succeeded}XX`);
  });
});
