// A container lives as long as its main process: a bare shell without -i/-t exits at once, curl with
// no URL exits 2, a command the playground has runs to its end, servers and sleep keep it Up.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { run, traced } from "./testing";

const ps = (world: ReturnType<typeof createWorld>) =>
  run(world, "docker ps -a --format '{{.Names}} {{.Status}} {{.Command}}'");

describe("a container's main process", () => {
  it("a bare shell or curl with no URL exits at once; sleep, nc -l and -it keep running", () => {
    const world = createWorld("docker");
    run(
      world,
      `docker run -d --name a alpine
docker run -d --name b debian
docker run -d --name c busybox
docker run -d --name d curlimages/curl
docker run -d --name e alpine sleep 3600
docker run -d --name f alpine tail -f /dev/null
docker run -d --name g -p 8080:80 alpine nc -lk -p 80
docker run -d --name h -it alpine
sleep 3`,
    );
    expect(run(world, "docker ps --format '{{.Names}}'")).toBe("h\ng\nf\ne\n");
    expect(ps(world)).toBe(`h Up 3 seconds "/bin/sh"
g Up 3 seconds "nc -lk -p 80"
f Up 3 seconds "tail -f /dev/null"
e Up 3 seconds "sleep 3600"
d Exited (2) 3 seconds ago "/entrypoint.sh curl"
c Exited (0) 3 seconds ago "sh"
b Exited (0) 3 seconds ago "bash"
a Exited (0) 3 seconds ago "/bin/sh"
`);
  });

  it("an exited container has released its endpoint: no address, no veth, no namespace", () => {
    const world = createWorld("docker");
    run(world, "docker run -d --name a alpine");
    expect(
      run(
        world,
        "docker inspect -f '{{.State.Status}} {{.State.ExitCode}} [{{.NetworkSettings.IPAddress}}] [{{.NetworkSettings.Networks.bridge.IPAddress}}] [{{.NetworkSettings.Networks.bridge.EndpointID}}]' a",
      ),
    ).toBe("exited 0 [] [] []\n");
    expect(run(world, "ip -br link show master docker0")).toBe("");
    expect(run(world, "ip netns list")).not.toContain("a\n");
    // The next container gets the address back.
    run(world, "docker run -d --name b alpine sleep 3600");
    expect(run(world, "docker inspect -f '{{.NetworkSettings.IPAddress}}' b")).toBe("172.17.0.2\n");
  });

  it("an attached run prints what the process prints and returns its status", () => {
    const world = createWorld("docker");
    expect(traced(world, "docker run alpine")).toMatchObject({ output: "", status: 0 });
    expect(traced(world, "docker run curlimages/curl")).toMatchObject({
      output: "curl: try 'curl --help' or 'curl --manual' for more information\n",
      status: 2,
    });
    expect(
      traced(
        world,
        "docker run --rm curlimages/curl -s -o /dev/null -w '%{http_code}\\n' http://198.18.5.130/",
      ),
    ).toMatchObject({ output: "200\n", status: 0 });
    expect(run(world, "docker ps -a --format '{{.Image}} {{.Status}}'")).toBe(
      "curlimages/curl Exited (2) Less than a second ago\nalpine Exited (0) Less than a second ago\n",
    );
  });

  it("docker start runs the process again: a shell exits again", () => {
    const world = createWorld("docker");
    run(world, "docker run -d --name a alpine\nsleep 60\ndocker start a");
    expect(ps(world)).toBe('a Exited (0) Less than a second ago "/bin/sh"\n');
  });

  it("nc -l as the command listens in the container, behind its published port", () => {
    const world = createWorld("docker");
    run(world, "docker run -d --name g -p 8080:80 alpine nc -lk -p 80");
    expect(run(world, "nc -zv -w 1 192.168.31.228 8080 2>&1")).toBe(
      "Connection to 192.168.31.228 8080 port [tcp/http-alt] succeeded!\n",
    );
  });

  it("the image's servers run only with the image's own program", () => {
    const world = createWorld("docker");
    run(world, "docker run -d --name web nginx\ndocker run -d --name idle nginx sleep 3600");
    const curl = (ip: string) => `curl -s -m 1 -o /dev/null -w '%{http_code}\\n' http://${ip}/`;
    expect(traced(world, curl("172.17.0.2")).output).toBe("200\n");
    expect(traced(world, curl("172.17.0.3")).output).toBe("000\n");
  });

  it("a stopped container can be connected to a network; it gets its endpoint there on start", () => {
    const world = createWorld("docker");
    run(
      world,
      `docker network create back
docker run -d --name a alpine sleep 3600
docker stop a
docker network connect back a`,
    );
    expect(run(world, "docker inspect -f '[{{.NetworkSettings.Networks.back.IPAddress}}]' a")).toBe("[]\n");
    run(world, "docker start a");
    expect(
      run(
        world,
        "docker inspect -f '{{.NetworkSettings.Networks.bridge.IPAddress}} {{.NetworkSettings.Networks.back.IPAddress}}' a",
      ),
    ).toBe("172.17.0.2 172.18.0.2\n");
  });
});
