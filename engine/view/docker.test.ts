import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runLine } from "../shell";
import { viewOf } from "./view";

describe("the docker view", () => {
  it("is absent while Docker has never run", () => {
    expect(viewOf(createWorld("bare")).docker).toBeUndefined();
  });

  it("lists networks and containers as docker inspect would name them", () => {
    const world = createWorld("docker");
    for (const line of [
      "docker run -d --name web -p 8080:80 nginx",
      "docker network create --subnet 10.10.0.0/24 backend",
      "docker run -d --name db --network backend redis",
      "docker stop db",
    ])
      expect(runLine(world, line).status).toBe(0);
    const docker = viewOf(world).docker!;
    expect(docker.profile).toBe("29");
    expect(docker.running).toBe(true);
    expect(docker.networks.map(({ name, subnet, gateway }) => ({ name, subnet, gateway }))).toEqual([
      { name: "bridge", subnet: "172.17.0.0/16", gateway: "172.17.0.1" },
      { name: "backend", subnet: "10.10.0.0/24", gateway: "10.10.0.1" },
    ]);
    expect(docker.networks[0]!.bridge).toBe("docker0");
    expect(docker.networks[1]!.bridge).toMatch(/^br-[0-9a-f]{12}$/);
    const [web, db] = docker.containers;
    expect(web).toMatchObject({
      name: "web",
      image: "nginx",
      state: "running",
      netns: "web",
      ports: [{ proto: "tcp", hostIp: "", hostPort: 8080, containerPort: 80 }],
      endpoints: [{ network: "bridge", ip: "172.17.0.2", ifname: "eth0" }],
    });
    expect(db).toMatchObject({ name: "db", image: "redis", state: "exited", ports: [] });
    const host = viewOf(world).namespaces[0]!;
    const veth = web!.endpoints[0]!.veth;
    expect(host.links.find((l) => l.name === veth)).toMatchObject({
      master: "docker0",
      peer: { netns: "web", name: "eth0" },
    });
  });
});
