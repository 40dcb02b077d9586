// Docker 29, the default (`--world docker`): 28's layout without the isolation chains (rules
// derived from the 29.0 changes, not captured). Isolation, ICC and --internal: isolation.test.ts.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { run, traced } from "./testing";

const curl = (from: string, to: string) =>
  `docker exec ${from} curl -s -m 2 -o /dev/null -w '%{http_code}\\n' http://${to}/`;

describe("Docker 29", () => {
  it("starts with DOCKER-FORWARD jumping to DOCKER-CT, DOCKER-INTERNAL and DOCKER-BRIDGE", () => {
    const world = createWorld("docker");
    expect(run(world, "iptables -S")).toBe(`-P INPUT ACCEPT
-P FORWARD DROP
-P OUTPUT ACCEPT
-N DOCKER
-N DOCKER-BRIDGE
-N DOCKER-CT
-N DOCKER-FORWARD
-N DOCKER-INTERNAL
-N DOCKER-USER
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-FORWARD
-A DOCKER ! -i docker0 -o docker0 -j DROP
-A DOCKER-BRIDGE -o docker0 -j DOCKER
-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A DOCKER-FORWARD -j DOCKER-CT
-A DOCKER-FORWARD -j DOCKER-INTERNAL
-A DOCKER-FORWARD -j DOCKER-BRIDGE
-A DOCKER-FORWARD -i docker0 -j ACCEPT
`);
    expect(run(world, "iptables -t nat -S DOCKER")).toBe("-N DOCKER\n");
  });

  it("reaches the internet from the default bridge through MASQUERADE", () => {
    const world = createWorld("docker");
    run(world, "docker run -d --name a alpine sleep infinity");
    expect(run(world, curl("a", "198.18.5.130"))).toBe("200\n");
  });

  it("refuses a port already published and leaves the second container Created", () => {
    const world = createWorld("docker");
    run(world, "docker run -d --name a -p 8081:80 nginx");
    const rules = run(world, "iptables-save | grep -v '^#'");
    const { output, status } = traced(world, "docker run -d --name b -p 8081:80 nginx");
    expect(status).toBe(125);
    expect(output).toMatch(
      /^docker: Error response from daemon: driver failed programming external connectivity on endpoint b \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8081 failed: port is already allocated\.\n$/,
    );
    expect(run(world, "iptables-save | grep -v '^#'")).toBe(rules);
    expect(run(world, "docker ps -a")).toContain("   Created   ");
  });
});
