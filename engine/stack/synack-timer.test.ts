import { describe, expect, it } from "vitest";
import { run } from "../tools/test-world";
import { createWorld } from "../scenario/worlds";

const listing = (world: ReturnType<typeof createWorld>, chain: string) =>
  run(world, "router", `iptables -L ${chain} -v -x -n`).text.split("\n")[0];

// Measured on Linux 6.18 in the bare world's namespaces (tcpdump -ttt on the router's wan): a server
// whose SYN-ACKs are dropped sends them again on its request timer (1 s, then 2 s later) and at once
// for every retransmitted SYN, the timer starting over each time.
describe("a server's SYN-ACK retransmissions", () => {
  it("answer the client's SYN at 1 s after the timer's own, and each later SYN", () => {
    const world = createWorld("bare");
    run(world, "router", "iptables -P INPUT DROP\nsysctl -qw net.ipv4.tcp_syn_retries=1");
    const curl = run(world, "router", "curl -sS -m 5 -o /dev/null http://198.18.5.130:443/");
    expect(curl.text).toBe(
      "curl: (28) Failed to connect to 198.18.5.130 port 443 after 3000 ms: Couldn't connect to server\n",
    );
    // The SYN-ACKs at 0 s, 1 s (timer), 1 s (SYN), 2 s (SYN); the next timer is due at 4 s.
    expect(listing(world, "INPUT")).toBe("Chain INPUT (policy DROP 4 packets, 240 bytes)");
  });

  it("come from the timer alone when the client's SYNs do not reach the server", () => {
    const world = createWorld("bare");
    run(world, "router", "iptables -A FORWARD -m state --state RELATED,ESTABLISHED -j DROP");
    run(world, "host", "sysctl -qw net.ipv4.tcp_syn_retries=1");
    run(world, "host", "nc -zv -w 5 192.0.2.10 443");
    // SYN-ACK at 0 s, SYN at 1 s, SYN-ACK at 1 s (timer), SYN at 2 s, SYN-ACK at 3 s (timer): the last
    // one falls due as the client gives up, and comes after it, the timer having been armed first.
    expect(run(world, "router", "iptables -L FORWARD -v -x -n").text.split("\n")[2]).toMatch(
      /^ +5 +300 DROP/,
    );
  });
});
