// Docker 29, the default (`--world docker`): 28's layout without the isolation chains (rules
// derived from the 29.0 changes, not captured), and isolation, ICC and --internal shown with traffic.
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

  it("keeps containers on different networks apart (raw PREROUTING's direct-access DROP), and lets them reach each other on one", () => {
    const world = createWorld("docker");
    run(
      world,
      `docker network create one
docker network create two
docker run -d --name a --network one nginx
docker run -d --name b --network one nginx
docker run -d --name c --network two nginx`,
    );
    expect(run(world, curl("a", "172.18.0.3"))).toBe("200\n");
    const { output, trace } = traced(world, curl("a", "172.19.0.2"));
    expect(output).toBe("000\n");
    expect(trace).toContainEqual(
      expect.objectContaining({
        kind: "verdict",
        netns: "host",
        table: "raw",
        chain: "PREROUTING",
        verdict: "DROP",
      }),
    );
  });

  it("drops traffic between containers of one network with enable_icc=false", () => {
    const world = createWorld("docker");
    run(
      world,
      `docker network create -o com.docker.network.bridge.enable_icc=false quiet
docker run -d --name a --network quiet nginx
docker run -d --name b --network quiet nginx`,
    );
    const { output, trace } = traced(world, curl("a", "172.18.0.3"));
    expect(output).toBe("000\n");
    expect(trace).toContainEqual(
      expect.objectContaining({ kind: "verdict", table: "filter", chain: "DOCKER-FORWARD", verdict: "DROP" }),
    );
  });

  it("gives an --internal network no way out", () => {
    const world = createWorld("docker");
    run(world, "docker network create --internal sealed\ndocker run -d --name a --network sealed alpine");
    expect(run(world, "docker exec a ip route")).toBe(
      "172.18.0.0/16 dev eth0 proto kernel scope link src 172.18.0.2 \n",
    );
    const { status } = traced(world, "docker exec a ping -c 1 -W 1 198.18.5.130");
    expect(status).not.toBe(0);
  });

  it("reaches the internet from the default bridge through MASQUERADE", () => {
    const world = createWorld("docker");
    run(world, "docker run -d --name a alpine");
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
