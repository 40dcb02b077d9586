// On a host with IPv6 (lo has ::1), a port published with no host address is bound on 0.0.0.0 and
// on ::, with the same port. 20.10 prints `:::8080` and docker port's lines in the daemon's order;
// (Go's random map order across ports: the playground takes the keys as Go marshals them, so
// 90/tcp before 9000/tcp); 28 and 29 bracket it, `[::]:8080` (docker/cli#2972, #5363), and sort the lines (#3892).
import { describe, expect, it } from "vitest";
import { createWorld, type WorldName } from "../../scenario/worlds";
import { run } from "../testing";

function world(preset: WorldName, script = "") {
  const w = createWorld(preset);
  run(w, `${script}docker run -d --name web -p 8080:80 -p 5353:53/udp -p 127.0.0.1:9000:9000 -p 90-91 nginx`);
  return w;
}

const INSPECT = "docker inspect -f '{{json .NetworkSettings.Ports}}|{{json .HostConfig.PortBindings}}' web";
const BINDINGS =
  '{"53/udp":[{"HostIp":"","HostPort":"5353"}],"80/tcp":[{"HostIp":"","HostPort":"8080"}],' +
  '"90/tcp":[{"HostIp":"","HostPort":""}],"9000/tcp":[{"HostIp":"127.0.0.1","HostPort":"9000"}],' +
  '"91/tcp":[{"HostIp":"","HostPort":""}]}\n';
const PORTS =
  '{"53/udp":[{"HostIp":"0.0.0.0","HostPort":"5353"},{"HostIp":"::","HostPort":"5353"}],' +
  '"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}],' +
  '"90/tcp":[{"HostIp":"0.0.0.0","HostPort":"32768"},{"HostIp":"::","HostPort":"32768"}],' +
  '"9000/tcp":[{"HostIp":"127.0.0.1","HostPort":"9000"}],' +
  '"91/tcp":[{"HostIp":"0.0.0.0","HostPort":"32769"},{"HostIp":"::","HostPort":"32769"}]}';

describe("20.10", () => {
  it("joins an IPv6 address with a bare colon and prints docker port's lines unsorted", () => {
    const w = world("docker-20.10");
    expect(run(w, "docker ps --format '{{.Ports}}'")).toBe(
      "127.0.0.1:9000->9000/tcp, 0.0.0.0:5353->53/udp, :::5353->53/udp, 0.0.0.0:8080->80/tcp, " +
        ":::8080->80/tcp, 0.0.0.0:32768->90/tcp, :::32768->90/tcp, 0.0.0.0:32769->91/tcp, :::32769->91/tcp\n",
    );
    expect(run(w, "docker port web")).toBe(`53/udp -> 0.0.0.0:5353
53/udp -> :::5353
80/tcp -> 0.0.0.0:8080
80/tcp -> :::8080
90/tcp -> 0.0.0.0:32768
90/tcp -> :::32768
9000/tcp -> 127.0.0.1:9000
91/tcp -> 0.0.0.0:32769
91/tcp -> :::32769
`);
    expect(run(w, "docker port web 80")).toBe("0.0.0.0:8080\n:::8080\n");
    expect(run(w, INSPECT)).toBe(`${PORTS}|${BINDINGS}`);
  });

  it("lists a port's bindings as bound, each 0.0.0.0 then ::", () => {
    const w = createWorld("docker-20.10");
    run(w, "docker run -d --name web -p 8080:80 -p 10080:80 nginx");
    expect(run(w, "docker port web 80")).toBe("0.0.0.0:8080\n:::8080\n0.0.0.0:10080\n:::10080\n");
  });
});

describe.each(["docker-28", "docker"] as const)("%s", (preset) => {
  it("brackets an IPv6 address and sorts docker port's lines", () => {
    const w = world(preset);
    expect(run(w, "docker ps --format '{{.Ports}}'")).toBe(
      "127.0.0.1:9000->9000/tcp, 0.0.0.0:5353->53/udp, [::]:5353->53/udp, 0.0.0.0:8080->80/tcp, " +
        "[::]:8080->80/tcp, 0.0.0.0:32768->90/tcp, [::]:32768->90/tcp, 0.0.0.0:32769->91/tcp, [::]:32769->91/tcp\n",
    );
    expect(run(w, "docker port web")).toBe(`53/udp -> 0.0.0.0:5353
53/udp -> [::]:5353
80/tcp -> 0.0.0.0:8080
80/tcp -> [::]:8080
90/tcp -> 0.0.0.0:32768
90/tcp -> [::]:32768
91/tcp -> 0.0.0.0:32769
91/tcp -> [::]:32769
9000/tcp -> 127.0.0.1:9000
`);
    expect(run(w, "docker port web 53/udp")).toBe("0.0.0.0:5353\n[::]:5353\n");
    expect(run(w, INSPECT)).toBe(`${PORTS}|${BINDINGS}`);
  });

  it("orders a port's bindings by host port, then address family (cmpPortBinding)", () => {
    const w = createWorld(preset);
    run(w, "docker run -d --name web -p 10080:80 -p 8080:80 nginx");
    expect(run(w, "docker inspect -f '{{json .NetworkSettings.Ports}}' web")).toBe(
      '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"},' +
        '{"HostIp":"0.0.0.0","HostPort":"10080"},{"HostIp":"::","HostPort":"10080"}]}\n',
    );
  });
});

describe("no IPv6 binding", () => {
  it("for an address given, even 0.0.0.0, which HostConfig keeps as given", () => {
    const w = createWorld("docker");
    run(w, "docker run -d --name web -p 0.0.0.0:8080:80 -p 127.0.0.1:8443:443 nginx");
    expect(run(w, "docker ps --format '{{.Ports}}'")).toBe("0.0.0.0:8080->80/tcp, 127.0.0.1:8443->443/tcp\n");
    expect(run(w, "docker inspect -f '{{json .HostConfig.PortBindings}}' web")).toBe(
      '{"443/tcp":[{"HostIp":"127.0.0.1","HostPort":"8443"}],"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"}]}\n',
    );
  });

  it("without docker-proxy, which alone could carry IPv6 to an IPv4-only container", () => {
    const w = createWorld("bare");
    run(w, "dockerd --userland-proxy=false\ndocker run -d --name web -p 8080:80 nginx");
    expect(run(w, "docker port web")).toBe("80/tcp -> 0.0.0.0:8080\n");
  });

  it("when the host cannot listen on IPv6 (lo down, no ::1)", () => {
    const w = createWorld("bare");
    run(w, "ip link set lo down\ndockerd\ndocker run -d --name web -p 8080:80 nginx");
    expect(run(w, "docker port web")).toBe("80/tcp -> 0.0.0.0:8080\n");
  });

  it("nor any binding on an internal network: its ports are only exposed", () => {
    const w = createWorld("docker");
    run(w, "docker network create --internal back\ndocker run -d --name web --network back -p 8080:80 nginx");
    expect(run(w, "docker ps --format '{{.Ports}}'")).toBe("80/tcp\n");
    expect(run(w, "docker inspect -f '{{json .NetworkSettings.Ports}}' web")).toBe('{"80/tcp":null}\n');
  });
});
