import { describe, expect, it } from "vitest";
import { createWorld, formatTrace, runLine, runScript, splitOutput } from "./index";

// What a user's CI test of a router ruleset looks like with the library: no root, no namespaces.
const RULES = `
ip netns exec router iptables -P FORWARD DROP
ip netns exec router iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec router iptables -A FORWARD -i br-lan -p tcp --dport 443 -j ACCEPT
`;

describe("the engine as a library", () => {
  it("tests a forwarding ruleset: 443 passes, 80 is dropped, counters tell which rule did it", () => {
    const world = createWorld("bare");
    expect(runScript(world, RULES).map((r) => r.status)).toEqual([0, 0, 0]);

    const https = runLine(world, "ip netns exec laptop nc -zv -w 1 198.18.5.130 443");
    expect(https.status).toBe(0);
    expect(splitOutput(https.output).stderr).toBe(
      "Connection to 198.18.5.130 443 port [tcp/https] succeeded!\n",
    );

    const http = runLine(world, "ip netns exec laptop nc -zv -w 1 198.18.5.130 80");
    expect(http.status).toBe(1);
    expect(splitOutput(http.output).stderr).toBe(
      "nc: connect to 198.18.5.130 port 80 (tcp) timed out: Operation now in progress\n",
    );

    // The accepted connection: its SYN by rule 2, then SYN-ACK, ACK and both FINs and the last ACK
    // by rule 1; the port-80 SYN by the policy.
    const counters = runLine(world, "ip netns exec router iptables -S FORWARD -v");
    expect(splitOutput(counters.output).stdout).toBe(
      [
        "-P FORWARD DROP -c 1 60",
        "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -c 5 268 -j ACCEPT",
        "-A FORWARD -i br-lan -p tcp -m tcp --dport 443 -c 1 60 -j ACCEPT",
        "",
      ].join("\n"),
    );
  });

  it("returns each packet's trace and prints it as xtables-monitor would", () => {
    const world = createWorld("bare");
    runLine(world, "ip netns exec router iptables -t raw -A PREROUTING -p icmp -j TRACE");
    const ping = runLine(world, "ip netns exec laptop ping -c 1 198.18.5.130", "host", undefined, true);
    expect(ping.status).toBe(0);
    const printed = formatTrace(ping.trace ?? []);
    expect(printed).toContain("TRACE: 2 ");
    expect(printed).toMatch(/^PACKET: 2 [0-9a-f]+ IN=br-lan /m);
  });
});
