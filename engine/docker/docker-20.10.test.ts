// Docker 20.10 as the article saw it: a fresh daemon, then its caddy compose file, with the rule
// listings the article printed, and its warning about INPUT DROP shown with real traffic.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { setDockerProfile } from "./daemon";
import { asArticleBridge, run, traced, writeCompose } from "./testing";

const FRESH_FILTER = `-P INPUT ACCEPT
-P FORWARD DROP
-P OUTPUT ACCEPT
-N DOCKER
-N DOCKER-ISOLATION-STAGE-1
-N DOCKER-ISOLATION-STAGE-2
-N DOCKER-USER
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-ISOLATION-STAGE-1
-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o docker0 -j DOCKER
-A FORWARD -i docker0 ! -o docker0 -j ACCEPT
-A FORWARD -i docker0 -o docker0 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -j RETURN
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -j RETURN
-A DOCKER-USER -j RETURN
`;

const FRESH_NAT = `-P PREROUTING ACCEPT
-P INPUT ACCEPT
-P OUTPUT ACCEPT
-P POSTROUTING ACCEPT
-N DOCKER
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A DOCKER -i docker0 -j RETURN
`;

// The article's listings after `docker-compose up -d`, its comments left out.
const ARTICLE_NAT = `-P PREROUTING ACCEPT
-P INPUT ACCEPT
-P OUTPUT ACCEPT
-P POSTROUTING ACCEPT
-N DOCKER
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 172.18.0.0/16 ! -o br-ac3e0514d837 -j MASQUERADE
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A POSTROUTING -s 172.18.0.2/32 -d 172.18.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
-A DOCKER -i br-ac3e0514d837 -j RETURN
-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i br-ac3e0514d837 -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
`;

const ARTICLE_FILTER = `-P INPUT ACCEPT
-P FORWARD DROP
-P OUTPUT ACCEPT
-N DOCKER
-N DOCKER-ISOLATION-STAGE-1
-N DOCKER-ISOLATION-STAGE-2
-N DOCKER-USER
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-ISOLATION-STAGE-1
-A FORWARD -o br-ac3e0514d837 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o br-ac3e0514d837 -j DOCKER
-A FORWARD -i br-ac3e0514d837 ! -o br-ac3e0514d837 -j ACCEPT
-A FORWARD -i br-ac3e0514d837 -o br-ac3e0514d837 -j ACCEPT
-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o docker0 -j DOCKER
-A FORWARD -i docker0 ! -o docker0 -j ACCEPT
-A FORWARD -i docker0 -o docker0 -j ACCEPT
-A DOCKER -d 172.18.0.2/32 ! -i br-ac3e0514d837 -o br-ac3e0514d837 -p tcp -m tcp --dport 80 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i br-ac3e0514d837 ! -o br-ac3e0514d837 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -j RETURN
-A DOCKER-ISOLATION-STAGE-2 -o br-ac3e0514d837 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -j RETURN
-A DOCKER-USER -j RETURN
`;

function article() {
  const world = createWorld("docker-20.10");
  writeCompose(world);
  run(world, "docker-compose up -d");
  return world;
}

const CURL =
  "ip netns exec laptop curl -s -m 3 -o /dev/null -w '%{http_code}\\n' http://192.168.31.228:8081/";

describe("Docker 20.10, the article's daemon", () => {
  it("starts on the bare world: docker0 172.17.0.1/16, ip_forward on, FORWARD DROP, its chains", () => {
    const world = createWorld("bare");
    setDockerProfile(world, "20.10");
    expect(run(world, "dockerd")).toBe("");
    expect(run(world, "iptables -t nat -S")).toBe(FRESH_NAT);
    expect(run(world, "iptables -t filter -S")).toBe(FRESH_FILTER);
    expect(run(world, "sysctl net.ipv4.ip_forward")).toBe("net.ipv4.ip_forward = 1\n");
    // dockerd sets the bridge's MAC, and a bridge with a hand-set MAC and no port has no carrier.
    expect(run(world, "ip -4 -br addr show docker0")).toBe(
      "docker0          DOWN           172.17.0.1/16 \n",
    );
    expect(run(world, "docker ps")).toBe(
      "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n",
    );
  });

  it("prints the article's nat and filter listings after its compose up (bridge id aside)", () => {
    const world = article();
    expect(asArticleBridge(run(world, "iptables -t nat -S"))).toBe(ARTICLE_NAT);
    expect(asArticleBridge(run(world, "iptables -t filter -S"))).toBe(ARTICLE_FILTER);
    expect(run(world, "docker inspect caddy | grep IPAddress")).toBe(
      '            "IPAddress": "",\n                    "IPAddress": "172.18.0.2",\n',
    );
    expect(asArticleBridge(run(world, "ip route"))).toBe(
      "default via 192.168.31.1 dev eth0 \n" +
        "172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown \n" +
        "172.18.0.0/16 dev br-ac3e0514d837 proto kernel scope link src 172.18.0.1 \n" +
        "192.168.31.0/24 dev eth0 proto kernel scope link src 192.168.31.228 \n",
    );
  });

  it("names the compose network after the project and gives the container 02:42 + its address", () => {
    const world = article();
    expect(run(world, "docker network ls").replace(/^\w{12}/gm, "ID")).toBe(
      "NETWORK ID     NAME           DRIVER    SCOPE\n" +
        "ID   bridge         bridge    local\n" +
        "ID   host           host      local\n" +
        "ID   none           null      local\n" +
        "ID   root_caddy-1   bridge    local\n",
    );
    expect(run(world, "ip -n caddy -br link show eth0")).toMatch(/^eth0@if\d+ +UP +02:42:ac:12:00:02 /);
  });

  it("takes down what compose made, leaving docker0's rules as a fresh daemon has them", () => {
    const world = article();
    run(world, "docker-compose down");
    expect(run(world, "iptables -t nat -S")).toBe(FRESH_NAT);
    expect(run(world, "iptables -t filter -S")).toBe(FRESH_FILTER);
    expect(run(world, "ip -br link | grep -c veth || true")).toBe("0\n");
  });
});

describe("the article's warning: published ports go through FORWARD, not INPUT", () => {
  it("lets laptop reach caddy through host:8081 with INPUT's policy DROP", () => {
    const world = article();
    run(world, "iptables -P INPUT DROP");
    const { output, trace } = traced(world, CURL);
    expect(output).toBe("200\n");
    const hooks = trace
      .filter((e) => e.kind === "hook" && e.netns === "host")
      .map((e) => e.kind === "hook" && e.hook);
    expect(hooks).toContain("FORWARD");
    expect(hooks).not.toContain("INPUT");
    expect(trace).toContainEqual(
      expect.objectContaining({ kind: "nat", netns: "host", manip: "DNAT", reply: false }),
    );
  });

  it("blocks it with a DOCKER-USER rule on the original port (conntrack --ctorigdstport 8081)", () => {
    const world = article();
    run(world, "iptables -I DOCKER-USER -p tcp -m conntrack --ctorigdstport 8081 -j DROP");
    const { output, trace } = traced(world, CURL);
    expect(output).toBe("000\n");
    expect(trace).toContainEqual(
      expect.objectContaining({
        kind: "verdict",
        netns: "host",
        table: "filter",
        chain: "DOCKER-USER",
        verdict: "DROP",
        num: 1,
      }),
    );
  });

  it("does not block it with --dport 8081: in FORWARD the packet already carries port 80", () => {
    const world = article();
    run(world, "iptables -I DOCKER-USER -p tcp --dport 8081 -j DROP");
    const { output, trace } = traced(world, CURL);
    expect(output).toBe("200\n");
    const tried = trace.find((e) => e.kind === "rule" && e.chain === "DOCKER-USER" && e.num === 1);
    expect(tried).toMatchObject({ matched: false });
  });
});
