// A published UDP port: each profile's rules, docker-proxy listening on UDP on the host and relaying
// datagrams (and the container's answers) through a second flow of its own, and NAT alone when the
// userland proxy is off.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import type { Listener } from "../stack/socket";
import type { World } from "../world";
import { setDockerProfile } from "./daemon";
import { expandScript } from "./expand";
import { daemonOf } from "./state";
import type { ProfileName } from "./profile";
import { run } from "./testing";

const RUN = "docker run -d --name dns -p 5353:53/udp alpine sleep infinity";

function world(profile: ProfileName, flags = ""): World {
  const w = createWorld("bare");
  setDockerProfile(w, profile);
  run(w, `dockerd${flags}\n${RUN}`);
  return w;
}

/** A UDP service in the container that sends each datagram back (as the bare world's DNS does). */
function echoIn(w: World, netns: string): void {
  const echo: Listener = { kind: "listen", proto: 17, addr: 0, port: 53, owner: "dns", keep: true };
  w.netns.get(netns)!.sockets.push({ ...echo, answer: (query) => `answer to ${query}` });
}

const ports = (text: string) => text.replace(/(sport|dport)=(3[2-9]\d{3}|[4-6]\d{4})/g, "$1=EPH");

describe("docker run -p 5353:53/udp", () => {
  it.each([
    [
      "20.10",
      `-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p udp -m udp --dport 53 -j MASQUERADE
-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i docker0 -p udp -m udp --dport 5353 -j DNAT --to-destination 172.17.0.2:53`,
      "-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p udp -m udp --dport 53 -j ACCEPT",
    ],
    [
      "28",
      `-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i docker0 -p udp -m udp --dport 5353 -j DNAT --to-destination 172.17.0.2:53`,
      `-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p udp -m udp --dport 53 -j ACCEPT
-A DOCKER ! -i docker0 -o docker0 -j DROP`,
    ],
    [
      "29",
      "-A DOCKER ! -i docker0 -p udp -m udp --dport 5353 -j DNAT --to-destination 172.17.0.2:53",
      `-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p udp -m udp --dport 53 -j ACCEPT
-A DOCKER ! -i docker0 -o docker0 -j DROP`,
    ],
  ] as const)("%s: writes the port's rules for udp", (profile, nat, filter) => {
    const w = world(profile);
    expect(run(w, "iptables -t nat -S | grep -e 'udp' -e '-A DOCKER'")).toBe(`${nat}\n`);
    expect(run(w, "iptables -S DOCKER | grep -- -A")).toBe(`${filter}\n`);
  });

  it.each(["20.10", "28", "29"] as const)(
    "%s: docker-proxy listens on UDP 0.0.0.0:5353 and is started for udp",
    (profile) => {
      const w = world(profile);
      const proxies = w.netns
        .get("host")!
        .sockets.filter((s) => s.kind === "listen" && s.owner === "docker-proxy");
      expect(proxies).toMatchObject([{ proto: 17, addr: 0, port: 5353 }]);
      expect(
        daemonOf(w)
          .steps.filter((s) => s.daemon)
          .map((s) => s.argv.join(" ")),
      ).toEqual([
        "docker-proxy -proto udp -host-ip 0.0.0.0 -host-port 5353 -container-ip 172.17.0.2 -container-port 53",
      ]);
    },
  );

  it("the host's datagram to 127.0.0.1:5353 reaches nc -lu in the container through docker-proxy", () => {
    const w = world("29");
    run(w, "docker exec dns nc -lu -p 53 > /root/got");
    expect(run(w, "echo hello | nc -u -w1 127.0.0.1 5353")).toBe("");
    expect(run(w, "cat /root/got")).toBe("hello\n");
    expect(ports(run(w, "conntrack -L -p udp 2>/dev/null"))).toBe(
      `udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=EPH dport=5353 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=5353 dport=EPH mark=0 use=1
udp      17 29 src=172.17.0.1 dst=172.17.0.2 sport=EPH dport=53 [UNREPLIED] src=172.17.0.2 dst=172.17.0.1 sport=53 dport=EPH mark=0 use=1
`,
    );
  });

  it("the container's answer comes back to the client from the published port", () => {
    const w = world("29");
    echoIn(w, "dns");
    expect(run(w, "echo q | nc -u -w1 127.0.0.1 5353")).toBe("answer to q\n");
    expect(ports(run(w, "conntrack -L -p udp 2>/dev/null"))).toBe(
      `udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=EPH dport=5353 src=127.0.0.1 dst=127.0.0.1 sport=5353 dport=EPH mark=0 use=1
udp      17 29 src=172.17.0.1 dst=172.17.0.2 sport=EPH dport=53 src=172.17.0.2 dst=172.17.0.1 sport=53 dport=EPH mark=0 use=1
`,
    );
  });

  it("one client keeps one onward flow; the proxy's sockets go when the container stops", () => {
    const w = world("29");
    echoIn(w, "dns");
    run(w, "echo a | nc -u -w1 -p 40000 127.0.0.1 5353\necho b | nc -u -w1 -p 40000 127.0.0.1 5353");
    expect(run(w, "conntrack -L -p udp 2>/dev/null | grep -c 'dport=53 '")).toBe("1\n");
    run(w, "docker stop dns");
    expect(w.netns.get("host")!.sockets.filter((s) => s.owner === "docker-proxy")).toEqual([]);
  });

  it("with --userland-proxy=false there is no proxy: the host's datagram is DNATed in OUTPUT", () => {
    const w = world("29", " --userland-proxy=false");
    echoIn(w, "dns");
    expect(w.netns.get("host")!.sockets.filter((s) => s.owner === "docker-proxy")).toEqual([]);
    expect(run(w, "echo q | nc -u -w1 127.0.0.1 5353")).toBe("answer to q\n");
    expect(ports(run(w, "conntrack -L -p udp 2>/dev/null"))).toBe(
      "udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=EPH dport=5353 src=172.17.0.2 dst=172.17.0.1 sport=53 dport=EPH mark=0 use=1\n",
    );
  });

  it("netplay expand shows the udp rules, the proxy dockerd starts and its conntrack flushes", () => {
    const w = createWorld("docker");
    expect(expandScript(w, RUN).split("\n").slice(-8).join("\n")).toBe(
      `iptables -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP
iptables -t nat -A DOCKER -p udp --dport 5353 -j DNAT --to-destination 172.17.0.2:53 ! -i docker0
iptables -t filter -I DOCKER ! -i docker0 -o docker0 -p udp -d 172.17.0.2 --dport 53 -j ACCEPT
# dockerd starts: docker-proxy -proto udp -host-ip 0.0.0.0 -host-port 5353 -container-ip 172.17.0.2 -container-port 53
conntrack -D -r 172.17.0.2 >/dev/null 2>&1 || true
conntrack -D -q 172.17.0.2 >/dev/null 2>&1 || true
conntrack -D -p udp --orig-port-dst 5353 >/dev/null 2>&1 || true
`,
    );
  });
});
