// Isolation in each profile, shown with traffic: containers on two user networks cannot reach each
// other, enable_icc=false keeps a network's containers apart, and an --internal network is sealed —
// each walk ends at the rule that dropped the connection's first packet.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { setDockerProfile } from "./daemon";
import type { ProfileName } from "./profile";
import { run, synPath, traced } from "./testing";

function daemon(profile: ProfileName, script: string): ReturnType<typeof createWorld> {
  const world = createWorld("bare");
  setDockerProfile(world, profile);
  run(world, `dockerd\n${script}`);
  return world;
}

function walk(world: ReturnType<typeof createWorld>, from: string, to: string): string {
  const { output, trace } = traced(
    world,
    `docker exec ${from} curl -s -m 2 -o /dev/null -w '%{http_code}\\n' http://${to}/`,
  );
  return output + synPath(trace);
}

const TWO_NETWORKS = `docker network create one
docker network create two
docker run -d --name a --network one nginx
docker run -d --name b --network one nginx
docker run -d --name c --network two nginx`;

const A_TO_C = "000\na: curl sends 172.18.0.2 > 172.19.0.2:80\n";

describe("containers on two user networks", () => {
  it("20.10: DOCKER-ISOLATION-STAGE-1 sends the packet to STAGE-2, which drops it for the other bridge", () => {
    const world = daemon("20.10", TWO_NETWORKS);
    expect(walk(world, "a", "172.19.0.2")).toBe(
      `${A_TO_C}host: dropped by filter -A DOCKER-ISOLATION-STAGE-2 -o br-X -j DROP\n`,
    );
    expect(walk(world, "a", "172.18.0.3")).toBe(
      "200\na: curl sends 172.18.0.2 > 172.18.0.3:80\nb: to b (listening on TCP port 80)\n",
    );
  });

  it.each(["28", "29"] as const)(
    "%s: raw PREROUTING drops it first: the container's address is reachable only through its own bridge",
    (profile) => {
      const world = daemon(profile, TWO_NETWORKS);
      expect(walk(world, "a", "172.19.0.2")).toBe(
        `${A_TO_C}host: dropped by raw -A PREROUTING -d 172.19.0.2/32 ! -i br-X -j DROP\n`,
      );
      expect(walk(world, "a", "172.18.0.3")).toBe(
        "200\na: curl sends 172.18.0.2 > 172.18.0.3:80\nb: to b (listening on TCP port 80)\n",
      );
    },
  );

  it("28: with the raw rule gone, DOCKER-ISOLATION-STAGE-2 still drops it", () => {
    const world = daemon("28", TWO_NETWORKS);
    run(world, "iptables -t raw -F PREROUTING");
    expect(walk(world, "a", "172.19.0.2")).toBe(
      `${A_TO_C}host: dropped by filter -A DOCKER-ISOLATION-STAGE-2 -o br-X -j DROP\n`,
    );
  });

  it("29: with the raw rule gone, the other bridge's default DROP in DOCKER stops it", () => {
    const world = daemon("29", TWO_NETWORKS);
    run(world, "iptables -t raw -F PREROUTING");
    expect(walk(world, "a", "172.19.0.2")).toBe(
      `${A_TO_C}host: dropped by filter -A DOCKER ! -i br-X -o br-X -j DROP\n`,
    );
  });
});

const QUIET = `docker network create -o com.docker.network.bridge.enable_icc=false quiet
docker run -d --name a --network quiet nginx
docker run -d --name b --network quiet nginx`;

const A_TO_B = "000\na: curl sends 172.18.0.2 > 172.18.0.3:80\n";

describe("enable_icc=false: bridged traffic goes through FORWARD (br_netfilter) and is dropped there", () => {
  it("20.10: the DROP appended at the end of FORWARD", () => {
    const world = daemon("20.10", QUIET);
    expect(run(world, "sysctl net.bridge.bridge-nf-call-iptables")).toBe(
      "net.bridge.bridge-nf-call-iptables = 1\n",
    );
    expect(walk(world, "a", "172.18.0.3")).toBe(
      `${A_TO_B}host: dropped by filter -A FORWARD -i br-X -o br-X -j DROP\n`,
    );
  });

  it.each(["28", "29"] as const)("%s: the DROP in DOCKER-FORWARD", (profile) => {
    const world = daemon(profile, QUIET);
    expect(walk(world, "a", "172.18.0.3")).toBe(
      `${A_TO_B}host: dropped by filter -A DOCKER-FORWARD -i br-X -o br-X -j DROP\n`,
    );
  });
});

const SEALED = `docker network create --internal sealed
docker network create open
docker run -d --name a --network sealed nginx
docker run -d --name c --network open nginx`;

const C_TO_A = "000\nc: curl sends 172.19.0.2 > 172.18.0.2:80\n";

describe("--internal: no way out, no way in", () => {
  it.each(["20.10", "28", "29"] as const)("%s: the container has no default route", (profile) => {
    const world = daemon(profile, SEALED);
    expect(run(world, "docker exec a ip route")).toBe(
      "172.18.0.0/16 dev eth0 proto kernel scope link src 172.18.0.2 \n",
    );
    const { output, status } = traced(world, "docker exec a curl -s -S -m 2 http://198.18.5.130/");
    expect([status, output]).toEqual([
      7,
      "curl: (7) Failed to connect to 198.18.5.130 port 80 after 0 ms: Couldn't connect to server\n",
    ]);
  });

  it("20.10: another network's container is dropped in DOCKER-ISOLATION-STAGE-1", () => {
    const world = daemon("20.10", SEALED);
    expect(walk(world, "c", "172.18.0.2")).toBe(
      `${C_TO_A}host: dropped by filter -A DOCKER-ISOLATION-STAGE-1 ! -s 172.18.0.0/16 -o br-X -j DROP\n`,
    );
  });

  it("28: no raw rule for internal networks; DOCKER-ISOLATION-STAGE-1 drops it", () => {
    const world = daemon("28", SEALED);
    expect(walk(world, "c", "172.18.0.2")).toBe(
      `${C_TO_A}host: dropped by filter -A DOCKER-ISOLATION-STAGE-1 ! -s 172.18.0.0/16 -o br-X -j DROP\n`,
    );
  });

  it("29: DOCKER-INTERNAL drops it", () => {
    const world = daemon("29", SEALED);
    expect(walk(world, "c", "172.18.0.2")).toBe(
      `${C_TO_A}host: dropped by filter -A DOCKER-INTERNAL ! -s 172.18.0.0/16 -o br-X -j DROP\n`,
    );
  });
});
