// nc -W (receive limit). Expected texts and timings were recorded from netcat-openbsd 1.219-1
// (Debian 12) in namespaces, against a UDP echo server as the bare world's DNS stand-in is and a TCP
// server that answers and stays open as HTTP keep-alive does.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import type { World } from "../world";
import { routedWorld, run } from "./test-world";

/** Runs one line in the bare world: what it printed, its status, and how long it took. */
function timed(world: World, line: string) {
  const start = world.clock;
  const [result] = runScript(world, line);
  const text = result!.output.map((c) => c.text).join("");
  return { text, status: result!.status, ms: world.clock - start };
}

const DNS = "ip netns exec laptop nc -u";

describe("nc -u -W", () => {
  it("ends at once when the limit's datagrams have come, and waits out -w otherwise", () => {
    const world = createWorld("bare");
    expect(timed(world, `echo q | ${DNS} -w 1 -W 1 198.18.5.130 53`)).toEqual({
      text: "q\n",
      status: 0,
      ms: 0,
    });
    expect(timed(world, `echo q | ${DNS} -w 1 198.18.5.130 53`).ms).toBe(1000);
    expect(timed(world, `echo q | ${DNS} -w 1 -W 2 198.18.5.130 53`)).toEqual({
      text: "q\n",
      status: 0,
      ms: 1000,
    });
  });

  it("counts udptest's echoed probes as reads, and still sends what it had read from stdin", () => {
    const world = createWorld("bare");
    const succeeded = "Connection to 198.18.5.130 53 port [udp/domain] succeeded!\n";
    expect(timed(world, `echo q | ${DNS} -v -w 1 -W 1 198.18.5.130 53`)).toEqual({
      text: `${succeeded}X`,
      status: 0,
      ms: 1000,
    });
    expect(timed(world, `echo q | ${DNS} -v -w 1 -W 3 198.18.5.130 53`).text).toBe(`${succeeded}XXX`);
    expect(timed(world, `echo q | ${DNS} -v -w 1 -W 4 198.18.5.130 53`)).toEqual({
      text: `${succeeded}XXXq\n`,
      status: 0,
      ms: 1000,
    });
    run(world, "router", "conntrack -F");
    run(world, "router", "iptables -t raw -A PREROUTING -p udp --dport 53 -j ACCEPT");
    timed(world, `echo q | ${DNS} -v -w 1 -W 1 198.18.5.130 53`);
    // Three probes and the line: four datagrams in.
    expect(run(world, "router", "iptables -t raw -S PREROUTING -v").text).toBe(
      "-P PREROUTING ACCEPT -c 0 0\n-A PREROUTING -p udp -m udp --dport 53 -c 4 117 -j ACCEPT\n",
    );
  });
});

describe("nc -W over TCP", () => {
  const request = "echo -ne 'GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n'";

  it("closes after the answer instead of waiting for the peer to close", () => {
    const world = createWorld("bare");
    // The limited one first: it takes no time, so both answers carry the same Date.
    const limited = timed(world, `${request} | ip netns exec laptop nc -W 1 -w 5 198.18.5.130 80`);
    const open = timed(world, `${request} | ip netns exec laptop nc -w 5 198.18.5.130 80`);
    expect(limited).toEqual({ text: open.text, status: 0, ms: 0 });
    expect(open.ms).toBe(5000);
    expect(limited.text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });

  it("waits when the peer sends nothing: no read has happened", () => {
    const world = routedWorld();
    run(world, "server", "nc -lk 8080 &");
    expect(timed(world, "echo hello | ip netns exec client nc -W 1 -w 1 10.78.0.2 8080")).toEqual({
      text: "hello\n",
      status: 0,
      ms: 1000,
    });
  });
});

describe("nc -W, -w and -q values", () => {
  it.each([
    ["-W 0", "nc: receive limit too small: 0\n"],
    ["-W -1", "nc: receive limit too small: -1\n"],
    ["-W x", "nc: receive limit invalid: x\n"],
    ["-W 1x", "nc: receive limit invalid: 1x\n"],
    ["-W ''", "nc: receive limit invalid: \n"],
    ["-W 2147483648", "nc: receive limit too large: 2147483648\n"],
    ["-W 99999999999999999999", "nc: receive limit too large: 99999999999999999999\n"],
    ["-w 9999999 -W 0", "nc: timeout too large: 9999999\n"],
    ["-w -1", "nc: timeout too small: -1\n"],
    ["-q x", "nc: quit timer invalid: x\n"],
  ])("nc %s", (options, text) => {
    expect(run(routedWorld(), "client", `nc -u ${options} 10.78.0.2 53`)).toEqual({ text, status: 1 });
  });

  it("takes strtoll's blanks and sign, and a negative -q as no quit timer", () => {
    const world = createWorld("bare");
    for (const options of ["-W ' 1'", "-W +1", "-W 01", "-W1"])
      expect(timed(world, `echo q | ${DNS} -w 1 ${options} 198.18.5.130 53`)).toEqual({
        text: "q\n",
        status: 0,
        ms: 0,
      });
    expect(timed(world, `echo q | ${DNS} -q -1 -w 1 198.18.5.130 53`)).toEqual({
      text: "q\n",
      status: 0,
      ms: 1000,
    });
  });

  it("refuses it for a listener, which the playground does not model with it", () => {
    expect(run(routedWorld(), "server", "nc -l -W 1 9000")).toEqual({
      text: "nc: option -W is not supported by the playground\n",
      status: 1,
    });
  });
});
