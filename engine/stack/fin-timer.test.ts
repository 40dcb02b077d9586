import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { run } from "../tools/test-world";

// Recorded in the bare world's namespaces on Linux 6.18 (netplay lab, tcpdump on the host's eth0):
// the server's FIN|ACK is dropped; 207 ms later the client sends its FIN again and the server its
// FIN|ACK, which now passes; the client acknowledges it and is in TIME_WAIT, as the router sees.
describe("a FIN no one acknowledged", () => {
  it("goes again after 200 ms, and the connection closes", () => {
    const world = createWorld("bare");
    run(world, "host", "iptables -A INPUT -m statistic --mode nth --every 3 --packet 1 -j DROP");
    expect(run(world, "host", "nc -zv -w 5 203.0.113.1 80").text).toBe(
      "Connection to 203.0.113.1 80 port [tcp/http] succeeded!\n",
    );
    // The SYN-ACK passes, the FIN|ACK is dropped, the duplicate ACK and the FIN|ACK sent again pass.
    expect(run(world, "host", "iptables -L INPUT -v -x -n").text.split("\n")[2]).toMatch(
      /^ +1 +52 DROP .* statistic mode nth every 3 packet 1$/,
    );
    expect(run(world, "router", "conntrack -L").text).toMatch(/^tcp +6 \d+ TIME_WAIT src=192\.168\.31\.228 /);
  });

  it("goes again at 0.2, 0.4 and 0.8 s when it never gets through (the lab aborts it before 1.6 s)", () => {
    const world = createWorld("bare");
    run(world, "host", "iptables -A INPUT -p tcp --tcp-flags FIN FIN -j DROP");
    run(world, "host", "nc -zv -w 5 203.0.113.1 80");
    expect(run(world, "host", "iptables -L INPUT -v -x -n").text.split("\n")[2]).toMatch(/^ +4 +208 DROP /);
  });
});
