// Published ports reached from the host itself and from containers (hairpin): through docker-proxy
// while the userland proxy is on (the default), through NAT, route_localnet and the bridge port's
// hairpin mode when it is off — with each profile's differences shown by real traffic.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { setDockerProfile } from "./daemon";
import { expandScript } from "./expand";
import type { ProfileName } from "./profile";
import { daemonOf } from "./state";
import { run, synPath, traced } from "./testing";

const SETUP = `docker network create front
docker network create back
docker run -d --name web --network front -p 8081:80 nginx
docker run -d --name other --network back alpine sleep infinity`;

function daemon(profile: ProfileName, flags = ""): ReturnType<typeof createWorld> {
  const world = createWorld("bare");
  setDockerProfile(world, profile);
  run(world, `dockerd${flags}\n${SETUP}`);
  return world;
}

const curl = (url: string) => `curl -s -m 3 -o /dev/null -w '%{http_code}\\n' ${url}`;
const FROM_HOST = curl("http://localhost:8081/");
const FROM_ITSELF = `docker exec web ${curl("http://192.168.31.228:8081/")}`;
const FROM_OTHER_NETWORK = `docker exec other ${curl("http://192.168.31.228:8081/")}`;

function walk(world: ReturnType<typeof createWorld>, line: string): string {
  const { output, trace } = traced(world, line);
  return output + synPath(trace);
}

const VIA_PROXY = `host: to docker-proxy (listening on TCP port 8081)
host: docker-proxy sends 172.18.0.1 > 172.18.0.2:80
web: to web (listening on TCP port 80)
`;

describe("docker-proxy, with the userland proxy on (the default)", () => {
  it.each(["20.10", "28", "29"] as const)(
    "%s: the host reaches localhost:8081 through docker-proxy's second connection",
    (profile) => {
      const world = daemon(profile);
      expect(walk(world, FROM_HOST)).toBe(`200\nhost: curl sends 127.0.0.1 > 127.0.0.1:8081\n${VIA_PROXY}`);
    },
  );

  it.each(["20.10", "28"] as const)(
    "%s: a container reaches its own published port: nat's RETURN for its bridge leaves it to docker-proxy",
    (profile) => {
      const world = daemon(profile);
      expect(walk(world, FROM_ITSELF)).toBe(`200
web: curl sends 172.18.0.2 > 192.168.31.228:8081
host: nat -A DOCKER -i br-X -j RETURN
${VIA_PROXY}`);
    },
  );

  it("29: no RETURN, but the DNAT rule's ! -i leaves the container's own bridge to docker-proxy", () => {
    const world = daemon("29");
    expect(walk(world, FROM_ITSELF)).toBe(
      `200\nweb: curl sends 172.18.0.2 > 192.168.31.228:8081\n${VIA_PROXY}`,
    );
  });

  it("20.10: another network's container goes through docker-proxy too (its bridge RETURNs)", () => {
    const world = daemon("20.10");
    expect(walk(world, FROM_OTHER_NETWORK)).toBe(`200
other: curl sends 172.19.0.2 > 192.168.31.228:8081
host: nat -A DOCKER -i br-X -j RETURN
${VIA_PROXY}`);
  });

  it("29: another network's container is DNATed and routed across, masqueraded by its own subnet's rule", () => {
    const world = daemon("29");
    expect(walk(world, FROM_OTHER_NETWORK)).toBe(`200
other: curl sends 172.19.0.2 > 192.168.31.228:8081
host: nat -A DOCKER ! -i br-X -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
host: DNAT 172.19.0.2 > 192.168.31.228:8081 → 172.19.0.2 > 172.18.0.2:80
host: nat -A POSTROUTING -s 172.19.0.0/16 ! -o br-X -j MASQUERADE
host: SNAT 172.19.0.2 > 172.18.0.2:80 → 172.18.0.1 > 172.18.0.2:80
web: to web (listening on TCP port 80)
`);
  });

  it("starts with the container and stops with it; netplay expand names it", () => {
    const world = createWorld("bare");
    setDockerProfile(world, "28");
    const expanded = expandScript(world, "dockerd\ndocker run -d --name web -p 127.0.0.1:8081:80 nginx\n");
    expect(expanded).toContain(
      "iptables -t filter -I DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT\n" +
        "# dockerd starts: docker-proxy -proto tcp -host-ip 127.0.0.1 -host-port 8081 -container-ip 172.17.0.2 -container-port 80\n",
    );
    expect(run(world, FROM_HOST)).toBe("200\n");
    // Bound to 127.0.0.1 only: the host's LAN address has no listener, and raw drops it from outside.
    expect(traced(world, curl("http://192.168.31.228:8081/")).output).toBe("000\n");
    run(world, "docker stop web");
    const { output, trace } = traced(world, FROM_HOST);
    expect(output + synPath(trace)).toBe(
      "000\nhost: curl sends 127.0.0.1 > 127.0.0.1:8081\nhost: dropped: no socket on TCP port 8081\n",
    );
  });
});

describe("hairpin NAT, with --userland-proxy=false", () => {
  it.each(["20.10", "28", "29"] as const)(
    "%s: route_localnet on the bridge, hairpin on the container's port, and the host reaches localhost:8081 by NAT",
    (profile) => {
      const world = daemon(profile, " --userland-proxy=false");
      const keys = daemonOf(world).networks.map((n) => `net.ipv4.conf.${n.bridge}.route_localnet`);
      expect(run(world, `sysctl -n ${keys.join(" ")}`)).toBe("1\n1\n1\n");
      const host = world.netns.get("host")!;
      const ports = daemonOf(world).containers.map((c) => host.links.get(c.endpoints[0]!.veth)!.brport);
      expect(ports).toEqual([
        expect.objectContaining({ hairpin: true }),
        expect.objectContaining({ hairpin: true }),
      ]);
      expect(walk(world, FROM_HOST)).toBe(`200
host: curl sends 127.0.0.1 > 127.0.0.1:8081
host: nat -A DOCKER -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
host: DNAT 127.0.0.1 > 127.0.0.1:8081 → 127.0.0.1 > 172.18.0.2:80
host: nat -A POSTROUTING -o br-X -m addrtype --src-type LOCAL -j MASQUERADE
host: SNAT 127.0.0.1 > 172.18.0.2:80 → 172.18.0.1 > 172.18.0.2:80
web: to web (listening on TCP port 80)
`);
    },
  );

  const HAIRPIN = `200
web: curl sends 172.18.0.2 > 192.168.31.228:8081
host: nat -A DOCKER -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
host: DNAT 172.18.0.2 > 192.168.31.228:8081 → 172.18.0.2 > 172.18.0.2:80
host: br-X sends it back out of vethX (hairpin)
host: nat -A POSTROUTING -s 172.18.0.2/32 -d 172.18.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
host: SNAT 172.18.0.2 > 172.18.0.2:80 → 172.18.0.1 > 172.18.0.2:80
web: to web (listening on TCP port 80)
`;

  it.each(["20.10", "28", "29"] as const)(
    "%s: a container reaches its own published port: DNAT while bridged, back out of its port, masqueraded",
    (profile) => {
      const world = daemon(profile, " --userland-proxy=false");
      expect(walk(world, FROM_ITSELF)).toBe(HAIRPIN);
    },
  );

  it("fails without the bridge port's hairpin mode: the bridge will not send a frame back where it came from", () => {
    const world = daemon("29", " --userland-proxy=false");
    const web = daemonOf(world).containers.find((c) => c.name === "web")!;
    run(world, `bridge link set dev ${web.endpoints[0]!.veth} hairpin off`);
    expect(walk(world, FROM_ITSELF)).toBe(`000
web: curl sends 172.18.0.2 > 192.168.31.228:8081
host: nat -A DOCKER -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
host: DNAT 172.18.0.2 > 192.168.31.228:8081 → 172.18.0.2 > 172.18.0.2:80
host: dropped: bridge br-X: vethX would send the frame back where it came from (hairpin off)
`);
  });

  it.each(["20.10", "28"] as const)(
    "%s: another network's container cannot use the published port: DNATed, then isolation drops it",
    (profile) => {
      const world = daemon(profile, " --userland-proxy=false");
      expect(walk(world, FROM_OTHER_NETWORK)).toBe(`000
other: curl sends 172.19.0.2 > 192.168.31.228:8081
host: nat -A DOCKER -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
host: DNAT 172.19.0.2 > 192.168.31.228:8081 → 172.19.0.2 > 172.18.0.2:80
host: dropped by filter -A DOCKER-ISOLATION-STAGE-2 -o br-X -j DROP
`);
    },
  );

  it("29: another network's container reaches the published port (the isolation chains are gone)", () => {
    const world = daemon("29", " --userland-proxy=false");
    expect(walk(world, FROM_OTHER_NETWORK)).toBe(`200
other: curl sends 172.19.0.2 > 192.168.31.228:8081
host: nat -A DOCKER -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
host: DNAT 172.19.0.2 > 192.168.31.228:8081 → 172.19.0.2 > 172.18.0.2:80
host: nat -A POSTROUTING -s 172.19.0.0/16 ! -o br-X -j MASQUERADE
host: SNAT 172.19.0.2 > 172.18.0.2:80 → 172.18.0.1 > 172.18.0.2:80
web: to web (listening on TCP port 80)
`);
  });
});
