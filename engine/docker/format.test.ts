// --format templates for docker inspect and docker ps, and -p with port ranges.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { run, traced } from "./testing";

function world() {
  const w = createWorld("docker-20.10");
  run(
    w,
    `docker network create front
docker run -d --name web --network front -p 8081:80 -p 127.0.0.1:8443:443 nginx
docker run -d --name db redis`,
  );
  return w;
}

describe("docker inspect -f", () => {
  it("prints a field, the legacy bridge address, and each network's address", () => {
    const w = world();
    expect(run(w, "docker inspect -f '{{.NetworkSettings.IPAddress}}' web db")).toBe("\n172.17.0.2\n");
    expect(
      run(w, "docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web"),
    ).toBe("172.18.0.2\n");
    expect(run(w, "docker inspect -f '{{.Name}} {{.State.Status}} {{.State.Running}}' web")).toBe(
      "/web running true\n",
    );
  });

  it("prints JSON with json, map keys sorted as Go marshals them", () => {
    const w = world();
    expect(run(w, "docker inspect -f '{{json .NetworkSettings.Ports}}' web")).toBe(
      '{"443/tcp":[{"HostIp":"127.0.0.1","HostPort":"8443"}],' +
        '"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8081"},{"HostIp":"::","HostPort":"8081"}]}\n',
    );
  });

  it("prints Go's <no value> for a missing key, map[…] for a map, and refuses an unclosed action", () => {
    const w = world();
    expect(run(w, "docker inspect -f '{{.Nope}}|{{.Config.Labels}}' web")).toBe("<no value>|map[]\n");
    const { output, status } = traced(w, "docker inspect -f '{{.Name' web");
    expect([status, output]).toEqual([1, "template parsing error: template: :1: unclosed action\n"]);
  });

  it("formats networks too", () => {
    const w = world();
    expect(
      run(w, "docker inspect -f '{{.Name}} {{.Driver}} {{range .IPAM.Config}}{{.Subnet}}{{end}}' front"),
    ).toBe("front bridge 172.18.0.0/16\n");
  });
});

describe("docker ps --format", () => {
  it("prints one line per container from the template", () => {
    const w = world();
    expect(run(w, "docker ps --format '{{.Names}} {{.Image}} {{.Networks}} {{.Ports}}'")).toBe(
      "db redis bridge 6379/tcp\n" +
        "web nginx front 0.0.0.0:8081->80/tcp, :::8081->80/tcp, 127.0.0.1:8443->443/tcp\n",
    );
    expect(run(w, "docker ps --format '{{.ID}}'")).toMatch(/^[0-9a-f]{12}\n[0-9a-f]{12}\n$/);
  });

  it("with table, adds the headers and aligns the columns at tabs", () => {
    const w = world();
    expect(run(w, "docker ps --format 'table {{.Names}}\\t{{.State}}\\t{{.Ports}}'")).toBe(
      "NAMES     STATE     PORTS\n" +
        "db        running   6379/tcp\n" +
        "web       running   0.0.0.0:8081->80/tcp, :::8081->80/tcp, 127.0.0.1:8443->443/tcp\n",
    );
  });
});

describe("docker run -p with ranges", () => {
  it("pairs a host range with a container range, port by port, with a DNAT rule each", () => {
    const w = createWorld("docker-20.10");
    run(w, "docker run -d --name web -p 8000-8001:80-81 nginx");
    expect(run(w, "docker port web")).toBe(
      "80/tcp -> 0.0.0.0:8000\n80/tcp -> :::8000\n81/tcp -> 0.0.0.0:8001\n81/tcp -> :::8001\n",
    );
    expect(run(w, "iptables -t nat -S DOCKER")).toBe(`-N DOCKER
-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8000 -j DNAT --to-destination 172.17.0.2:80
-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8001 -j DNAT --to-destination 172.17.0.2:81
`);
  });

  it("takes the first free port of a host range for one container port, and Docker's own for none", () => {
    const w = createWorld("docker");
    run(
      w,
      "docker run -d --name a -p 8000-8002:80 nginx\ndocker run -d --name b -p 8000-8002:80 -p 90-91 nginx",
    );
    expect(run(w, "docker port b")).toBe(
      "80/tcp -> 0.0.0.0:8001\n80/tcp -> [::]:8001\n90/tcp -> 0.0.0.0:32768\n90/tcp -> [::]:32768\n" +
        "91/tcp -> 0.0.0.0:32769\n91/tcp -> [::]:32769\n",
    );
  });

  it("refuses ranges of different sizes", () => {
    const w = createWorld("docker");
    const { output, status } = traced(w, "docker run -d -p 8000-8001:80-82 nginx");
    expect([status, output]).toEqual([
      125,
      "docker: invalid ranges specified for container and host Ports: 80-82 and 8000-8001.\nSee 'docker run --help'.\n",
    ]);
  });
});
