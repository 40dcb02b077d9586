// Expected texts were recorded from iputils ping 20221126 (Debian 12) in namespaces wired as
// test-world.ts wires them. Only timing numbers differ: the playground's RTT is 40 µs plus 20 µs per
// router (timing.ts), and requests leave exactly -i apart.
import { describe, expect, it } from "vitest";
import { PING_USAGE } from "./ping-text";
import { routedWorld, run } from "./test-world";

const stats = (host: string, line: string, rtt = "") =>
  `\n--- ${host} ping statistics ---\n${line}\n${rtt}\n`;

describe("ping", () => {
  it("prints each reply and the statistics", () => {
    const world = routedWorld();
    expect(run(world, "client", "ping -c 1 10.77.0.1")).toEqual({
      text:
        "PING 10.77.0.1 (10.77.0.1) 56(84) bytes of data.\n" +
        "64 bytes from 10.77.0.1: icmp_seq=1 ttl=64 time=0.040 ms\n" +
        stats(
          "10.77.0.1",
          "1 packets transmitted, 1 received, 0% packet loss, time 0ms",
          "rtt min/avg/max/mdev = 0.040/0.040/0.040/0.000 ms",
        ),
      status: 0,
    });
  });

  it("counts the router in TTL and time, and sends -i apart on the virtual clock", () => {
    const world = routedWorld();
    const start = world.clock;
    expect(run(world, "client", "ping -c 2 -i 0.2 -s 100 10.78.0.2").text).toBe(
      "PING 10.78.0.2 (10.78.0.2) 100(128) bytes of data.\n" +
        "108 bytes from 10.78.0.2: icmp_seq=1 ttl=63 time=0.060 ms\n" +
        "108 bytes from 10.78.0.2: icmp_seq=2 ttl=63 time=0.060 ms\n" +
        stats(
          "10.78.0.2",
          "2 packets transmitted, 2 received, 0% packet loss, time 200ms",
          "rtt min/avg/max/mdev = 0.060/0.060/0.060/0.000 ms",
        ),
    );
    expect(world.clock - start).toBe(200);
  });

  it("leaves out the times when the payload cannot hold a timestamp", () => {
    expect(run(routedWorld(), "client", "ping -c 1 -s 8 10.78.0.2").text).toBe(
      "PING 10.78.0.2 (10.78.0.2) 8(36) bytes of data.\n16 bytes from 10.78.0.2: icmp_seq=1 ttl=63\n" +
        stats("10.78.0.2", "1 packets transmitted, 1 received, 0% packet loss, time 0ms"),
    );
  });

  it("is quiet with -q and names localhost", () => {
    const world = routedWorld();
    expect(run(world, "client", "ping -c 3 -i 0.2 -q 10.78.0.2").text).toBe(
      "PING 10.78.0.2 (10.78.0.2) 56(84) bytes of data.\n" +
        stats(
          "10.78.0.2",
          "3 packets transmitted, 3 received, 0% packet loss, time 400ms",
          "rtt min/avg/max/mdev = 0.060/0.060/0.060/0.000 ms",
        ),
    );
    expect(run(world, "client", "ping -c 1 localhost").text).toBe(
      "PING localhost (127.0.0.1) 56(84) bytes of data.\n64 bytes from localhost (127.0.0.1): icmp_seq=1 ttl=64 time=0.040 ms\n" +
        stats(
          "localhost",
          "1 packets transmitted, 1 received, 0% packet loss, time 0ms",
          "rtt min/avg/max/mdev = 0.040/0.040/0.040/0.000 ms",
        ),
    );
  });

  it("reports TTL expiry and a router's missing route", () => {
    const world = routedWorld();
    expect(run(world, "client", "ping -c 2 -i 0.2 -t 1 10.78.0.2")).toEqual({
      text:
        "PING 10.78.0.2 (10.78.0.2) 56(84) bytes of data.\n" +
        "From 10.77.0.1 icmp_seq=1 Time to live exceeded\nFrom 10.77.0.1 icmp_seq=2 Time to live exceeded\n" +
        stats("10.78.0.2", "2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 200ms"),
      status: 1,
    });
    expect(run(world, "client", "ping -c 2 -i 0.2 10.99.0.1").text).toBe(
      "PING 10.99.0.1 (10.99.0.1) 56(84) bytes of data.\n" +
        "From 10.77.0.1 icmp_seq=1 Destination Net Unreachable\nFrom 10.77.0.1 icmp_seq=2 Destination Net Unreachable\n" +
        stats("10.99.0.1", "2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 200ms"),
    );
  });

  it.each([
    ["icmp-port-unreachable", "Destination Port Unreachable"],
    ["icmp-host-prohibited", "Destination Host Prohibited"],
    ["icmp-admin-prohibited", "Packet filtered"],
    ["icmp-net-unreachable", "Destination Net Unreachable"],
    ["icmp-host-unreachable", "Destination Host Unreachable"],
    ["icmp-net-prohibited", "Destination Net Prohibited"],
    ["icmp-proto-unreachable", "Destination Protocol Unreachable"],
  ])("names the server's REJECT --reject-with %s", (rejectWith, text) => {
    const world = routedWorld();
    run(world, "server", `iptables -A INPUT -p icmp -j REJECT --reject-with ${rejectWith}`);
    expect(run(world, "client", "ping -c 2 -i 0.2 10.78.0.2").text).toBe(
      "PING 10.78.0.2 (10.78.0.2) 56(84) bytes of data.\n" +
        `From 10.78.0.2 icmp_seq=1 ${text}\nFrom 10.78.0.2 icmp_seq=2 ${text}\n` +
        stats("10.78.0.2", "2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 200ms"),
    );
  });

  it("waits -W (10 s by default) after the last request when answers are missing", () => {
    const world = routedWorld();
    run(world, "server", "iptables -A INPUT -p icmp -j DROP");
    let start = world.clock;
    expect(run(world, "client", "ping -c 2 10.78.0.2")).toEqual({
      text:
        "PING 10.78.0.2 (10.78.0.2) 56(84) bytes of data.\n" +
        stats("10.78.0.2", "2 packets transmitted, 0 received, 100% packet loss, time 1000ms"),
      status: 1,
    });
    expect(world.clock - start).toBe(11000);
    start = world.clock;
    run(world, "client", "ping -c 1 -W 2 10.78.0.2");
    expect(world.clock - start).toBe(2000);
  });

  it("says nothing of a send that OUTPUT dropped (EPERM), as iputils does", () => {
    const world = routedWorld();
    run(world, "client", "iptables -A OUTPUT -p icmp -j DROP");
    expect(run(world, "client", "ping -c 2 -i 0.2 -W 1 10.78.0.2").text).toBe(
      "PING 10.78.0.2 (10.78.0.2) 56(84) bytes of data.\n" +
        stats("10.78.0.2", "2 packets transmitted, 0 received, 100% packet loss, time 200ms"),
    );
  });

  it("fails before sending without a route, or a name to resolve", () => {
    const world = routedWorld();
    run(world, "client", "ip route del default");
    expect(run(world, "client", "ping -c 1 10.99.0.1")).toEqual({
      text: "ping: connect: Network is unreachable\n",
      status: 2,
    });
    expect(run(world, "client", "ping -c 1 nosuchhost")).toEqual({
      text: "ping: nosuchhost: Name or service not known\n",
      status: 2,
    });
  });

  it.each([
    ["ping", "ping: usage error: Destination address required\n", 1],
    [
      "ping -c 0 10.77.0.1",
      "ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n",
      1,
    ],
    ["ping -c x 10.77.0.1", "ping: invalid argument: 'x'\n", 1],
    ["ping -s x -c 1 10.77.0.1", "ping: invalid argument: 'x'\n", 1],
    ["ping -t 0 -c 1 10.77.0.1", "ping: cannot set unicast time-to-live: Invalid argument\n", 2],
    ["ping -t 256 -c 1 10.77.0.1", "ping: invalid argument: '256': out of range: 0 <= value <= 255\n", 1],
  ])("%s", (line, text, status) => {
    expect(run(routedWorld(), "client", line)).toEqual({ text, status });
  });

  it("warns of garbage after a number and goes on", () => {
    expect(run(routedWorld(), "client", "ping -W x -c 1 10.77.0.1").text).toMatch(
      /^ping: option argument contains garbage: x\nping: this will become fatal error in the future\nPING 10.77.0.1/,
    );
  });

  it("prints the usage screen for an unknown option", () => {
    const { text, status } = run(routedWorld(), "client", "ping -Z -c 1 10.77.0.1");
    expect(status).toBe(2);
    expect(text.startsWith("ping: invalid option -- 'Z'\n\nUsage\n  ping [options] <destination>\n")).toBe(
      true,
    );
    expect(text.endsWith("\nFor more details see ping(8).\n")).toBe(true);
  });

  it("prints the usage screen for a missing option argument", () => {
    // PING_USAGE was checked byte for byte against the real `ping -c` screen.
    expect(run(routedWorld(), "client", "ping -c")).toEqual({
      text: `ping: option requires an argument -- 'c'\n${PING_USAGE}`,
      status: 2,
    });
  });

  it("sends four requests when -c is not given", () => {
    expect(run(routedWorld(), "client", "ping -q 10.77.0.1").text).toContain(
      "4 packets transmitted, 4 received, 0% packet loss, time 3000ms\n",
    );
  });
});
