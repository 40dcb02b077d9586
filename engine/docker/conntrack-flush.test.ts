// dockerd's conntrack flushes: when the gateway endpoint leaves (every version) the entries whose reply
// source or destination is its address go; from 28, every endpoint that joins flushes its address and
// its published UDP host ports too.
import { describe, expect, it } from "vitest";
import { createWorld, type WorldName } from "../scenario/worlds";
import { expandScript } from "./expand";
import { run } from "./testing";

/** Ephemeral ports and ICMP ids are the rng's; the entries are the point. */
const settled = (text: string) =>
  text.replace(/(sport|dport)=(3[2-9]\d{3}|[4-6]\d{4})/g, "$1=EPH").replace(/id=\d+/g, "id=ID");

// A datagram to the UDP port before it is published; then the published TCP port from the LAN, the
// container's ping to the internet (masqueraded: its reply goes to the host) and to another container.
const TRAFFIC = `echo q | ip netns exec laptop nc -u -w 1 192.168.31.228 5353
docker run -d --name web -p 8080:80 -p 5353:53/udp nginx
docker run -d --name db redis
ip netns exec laptop curl -s -o /dev/null http://192.168.31.228:8080/
docker exec web ping -c 1 198.18.0.7
docker exec web ping -c 1 172.17.0.3
`;

const UDP_TO_HOST =
  "udp      17 30 src=192.168.31.50 dst=192.168.31.228 sport=EPH dport=5353 [UNREPLIED] src=192.168.31.228 dst=192.168.31.50 sport=5353 dport=EPH mark=0 use=1\n";
const TCP_DNAT =
  "tcp      6 120 TIME_WAIT src=192.168.31.50 dst=192.168.31.228 sport=EPH dport=8080 src=172.17.0.2 dst=192.168.31.50 sport=80 dport=EPH [ASSURED] mark=0 use=1\n";
const PING_OUT =
  "icmp     1 30 src=172.17.0.2 dst=198.18.0.7 type=8 code=0 id=ID src=198.18.0.7 dst=192.168.31.228 type=0 code=0 id=ID mark=0 use=1\n";
const PING_DB =
  "icmp     1 30 src=172.17.0.2 dst=172.17.0.3 type=8 code=0 id=ID src=172.17.0.3 dst=172.17.0.2 type=0 code=0 id=ID mark=0 use=1\n";
const shown = (n: number) => `conntrack v1.4.7 (conntrack-tools): ${n} flow entries have been shown.\n`;

describe("docker stop flushes the gateway endpoint's conntrack entries", () => {
  it("20.10: the UDP entry made before the port was published stays; stop deletes by reply address", () => {
    const w = createWorld("docker-20.10");
    run(w, TRAFFIC);
    expect(settled(run(w, "conntrack -L"))).toBe(UDP_TO_HOST + TCP_DNAT + PING_OUT + PING_DB + shown(4));
    run(w, "docker stop web");
    // The masqueraded ping's reply goes to the host's address, which no filter names.
    expect(settled(run(w, "conntrack -L"))).toBe(UDP_TO_HOST + PING_OUT + shown(2));
  });

  it.each<WorldName>(["docker-28", "docker"])(
    "%s: docker run flushes the published UDP port; stop deletes by reply address",
    (world) => {
      const w = createWorld(world);
      run(w, TRAFFIC);
      expect(settled(run(w, "conntrack -L"))).toBe(TCP_DNAT + PING_OUT + PING_DB + shown(3));
      run(w, "docker stop web");
      expect(settled(run(w, "conntrack -L"))).toBe(PING_OUT + shown(1));
    },
  );

  it("docker rm -f and docker network disconnect flush as stop does", () => {
    for (const stop of ["docker rm -f web", "docker network disconnect bridge web"]) {
      const w = createWorld("docker");
      run(w, TRAFFIC);
      run(w, stop);
      expect(settled(run(w, "conntrack -L")), stop).toBe(PING_OUT + shown(1));
    }
  });

  it("a container's second network is not its gateway: leaving it flushes nothing", () => {
    const w = createWorld("docker-20.10");
    run(
      w,
      `docker network create back
docker run -d --name web nginx
docker network connect back web
docker run -d --name db --network back redis
docker exec web ping -c 1 172.18.0.3`,
    );
    run(w, "docker network disconnect back web");
    expect(settled(run(w, "conntrack -L"))).toBe(
      "icmp     1 30 src=172.18.0.2 dst=172.18.0.3 type=8 code=0 id=ID src=172.18.0.3 dst=172.18.0.2 type=0 code=0 id=ID mark=0 use=1\n" +
        shown(1),
    );
  });
});

describe("netplay expand", () => {
  it("29: the flush comes after the published ports' rules go and before the endpoint's", () => {
    const w = createWorld("docker");
    const expanded = expandScript(w, "docker run -d --name web -p 5353:53/udp nginx\ndocker stop web\n");
    expect(expanded.slice(expanded.indexOf("# docker stop web"))).toBe(`# docker stop web
iptables -t filter -D DOCKER ! -i docker0 -o docker0 -p udp -d 172.17.0.2 --dport 53 -j ACCEPT
iptables -t nat -D DOCKER -p udp --dport 5353 -j DNAT --to-destination 172.17.0.2:53 ! -i docker0
conntrack -D -r 172.17.0.2 >/dev/null 2>&1 || true
conntrack -D -q 172.17.0.2 >/dev/null 2>&1 || true
iptables -t raw -D PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP
ip link del ${/ip link add (\S+)/.exec(expanded)?.[1] ?? "?"}
ip netns del web
`);
  });

  it("20.10: docker run flushes nothing", () => {
    const w = createWorld("docker-20.10");
    expect(expandScript(w, "docker run -d --name web -p 5353:53/udp nginx\n")).not.toContain("conntrack");
  });
});
