import { describe, expect, it } from "vitest";
import type { ContainerView } from "../../engine/view";
import { createNetwork, moveContainer, portFlag, publishPort, runImage } from "./commands";

const web: ContainerView = {
  id: "7b4da37c2b6ad94d782b6ceca36a20d70966de8f845dad540f11804fdc1787a3",
  name: "web",
  image: "nginx",
  state: "running",
  netns: "web",
  ports: [{ proto: "tcp", hostIp: "", hostPort: 8080, containerPort: 80 }],
  endpoints: [{ network: "bridge", ip: "172.17.0.2", ifname: "eth0", veth: "vethe36989f" }],
};

describe("the Docker gestures' command lines", () => {
  it("runs an image on the network it was dropped on", () => {
    expect(runImage("nginx", "backend")).toBe("docker run -d --network backend nginx");
    expect(runImage("curlimages/curl")).toBe("docker run -d curlimages/curl");
  });

  it("creates a network, with a subnet when given one", () => {
    expect(createNetwork("backend", "")).toBe("docker network create backend");
    expect(createNetwork(" backend ", "10.10.0.0/24")).toBe(
      "docker network create --subnet 10.10.0.0/24 backend",
    );
  });

  it("moves a container with disconnect then connect", () => {
    expect(moveContainer("web", "bridge", "backend")).toEqual([
      "docker network disconnect bridge web",
      "docker network connect backend web",
    ]);
    expect(moveContainer("web", undefined, "backend")).toEqual(["docker network connect backend web"]);
  });

  it("writes -p as docker run takes it", () => {
    expect(portFlag({ proto: "udp", hostIp: "127.0.0.1", hostPort: 53, containerPort: 5353 })).toBe(
      "-p 127.0.0.1:53:5353/udp",
    );
  });

  it("publishes a port by running the container again with the same name, networks and image", () => {
    const port = { proto: "tcp", hostIp: "", hostPort: 8443, containerPort: 443 } as const;
    expect(publishPort(web, port)).toEqual([
      "docker rm -f web",
      "docker run -d --name web -p 8080:80 -p 8443:443 nginx",
    ]);
    const twoNets: ContainerView = {
      ...web,
      ports: [],
      endpoints: [
        { network: "backend", ip: "172.18.0.2", ifname: "eth0", veth: "veth1" },
        { network: "bridge", ip: "172.17.0.2", ifname: "eth1", veth: "veth2" },
      ],
    };
    expect(publishPort(twoNets, port)).toEqual([
      "docker rm -f web",
      "docker run -d --name web --network backend -p 8443:443 nginx",
      "docker network connect bridge web",
    ]);
  });
});
