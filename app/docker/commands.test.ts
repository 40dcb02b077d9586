import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { viewOf, type ContainerView } from "../../engine/view";
import { IMAGES, createNetwork, moveContainer, portFlag, publishPort, runImage } from "./commands";

const web: ContainerView = {
  id: "7b4da37c2b6ad94d782b6ceca36a20d70966de8f845dad540f11804fdc1787a3",
  name: "web",
  image: "nginx",
  cmd: [],
  interactive: false,
  state: "running",
  netns: "web",
  ports: [{ proto: "tcp", hostIp: "", hostPort: 8080, containerPort: 80 }],
  endpoints: [{ network: "bridge", ip: "172.17.0.2", ifname: "eth0", veth: "vethe36989f" }],
};

describe("the Docker gestures' command lines", () => {
  it("runs an image on the network it was dropped on", () => {
    expect(runImage("nginx", "backend")).toBe("docker run -d --network backend nginx");
    expect(runImage("redis")).toBe("docker run -d redis");
  });

  it("keeps the images whose own program ends running: a shell with a terminal, curl's with sleep", () => {
    expect(runImage("debian", "backend")).toBe("docker run -dit --network backend debian");
    expect(runImage("alpine")).toBe("docker run -dit alpine");
    expect(runImage("busybox")).toBe("docker run -dit busybox");
    expect(runImage("curlimages/curl", "backend")).toBe(
      "docker run -d --network backend curlimages/curl sleep infinity",
    );
  });

  it("leaves every palette image's container running", () => {
    const world = createWorld("docker");
    for (const image of IMAGES) expect(runLine(world, runImage(image)).status).toBe(0);
    expect(viewOf(world).docker!.containers.map((c) => [c.image, c.state])).toEqual(
      IMAGES.map((image) => [image, "running"]),
    );
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

  it("publishes a port keeping the container's terminal flags and command, quoted", () => {
    const port = { proto: "udp", hostIp: "", hostPort: 5353, containerPort: 53 } as const;
    const shell: ContainerView = { ...web, image: "alpine", cmd: [], interactive: true, ports: [] };
    expect(publishPort(shell, port)[1]).toBe("docker run -dit --name web -p 5353:53/udp alpine");
    const served: ContainerView = { ...shell, cmd: ["nginx", "-g", "daemon off;"], interactive: false };
    expect(publishPort(served, port)[1]).toBe(
      "docker run -d --name web -p 5353:53/udp alpine nginx -g 'daemon off;'",
    );
  });
});
