// Docker 28.5: the listings of moby's generated iptables documentation (integration/network/bridge/
// iptablesdoc/generated/*.md at v28.5.2), for the same scenarios. The doc's host had ip_forward on
// already, so FORWARD's policy stays ACCEPT.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { setDockerProfile } from "./daemon";
import { run } from "./testing";

function daemon28(flags = "") {
  const world = createWorld("bare");
  setDockerProfile(world, "28");
  run(world, `sysctl -w net.ipv4.ip_forward=1\ndockerd ${flags}`);
  return world;
}

const USERNET = `docker network create -o com.docker.network.bridge.name=bridge1 --subnet 192.0.2.0/24 --gateway 192.0.2.1 bridge1
docker run -d --network bridge1 -p 8080:80 --name c1 busybox top`;

const NEW_DAEMON_FILTER = `-P INPUT ACCEPT
-P FORWARD ACCEPT
-P OUTPUT ACCEPT
-N DOCKER
-N DOCKER-BRIDGE
-N DOCKER-CT
-N DOCKER-FORWARD
-N DOCKER-ISOLATION-STAGE-1
-N DOCKER-ISOLATION-STAGE-2
-N DOCKER-USER
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-FORWARD
-A DOCKER ! -i docker0 -o docker0 -j DROP
-A DOCKER-BRIDGE -o docker0 -j DOCKER
-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A DOCKER-FORWARD -j DOCKER-CT
-A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1
-A DOCKER-FORWARD -j DOCKER-BRIDGE
-A DOCKER-FORWARD -i docker0 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
`;

const NEW_DAEMON_NAT = `-P PREROUTING ACCEPT
-P INPUT ACCEPT
-P OUTPUT ACCEPT
-P POSTROUTING ACCEPT
-N DOCKER
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A DOCKER -i docker0 -j RETURN
`;

const PORTMAP_FILTER = `-P INPUT ACCEPT
-P FORWARD ACCEPT
-P OUTPUT ACCEPT
-N DOCKER
-N DOCKER-BRIDGE
-N DOCKER-CT
-N DOCKER-FORWARD
-N DOCKER-ISOLATION-STAGE-1
-N DOCKER-ISOLATION-STAGE-2
-N DOCKER-USER
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-FORWARD
-A DOCKER -d 192.0.2.2/32 ! -i bridge1 -o bridge1 -p tcp -m tcp --dport 80 -j ACCEPT
-A DOCKER ! -i docker0 -o docker0 -j DROP
-A DOCKER ! -i bridge1 -o bridge1 -j DROP
-A DOCKER-BRIDGE -o docker0 -j DOCKER
-A DOCKER-BRIDGE -o bridge1 -j DOCKER
-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A DOCKER-CT -o bridge1 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A DOCKER-FORWARD -j DOCKER-CT
-A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1
-A DOCKER-FORWARD -j DOCKER-BRIDGE
-A DOCKER-FORWARD -i docker0 -j ACCEPT
-A DOCKER-FORWARD -i bridge1 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -i bridge1 ! -o bridge1 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-2 -o bridge1 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
`;

const PORTMAP_NAT = `-P PREROUTING ACCEPT
-P INPUT ACCEPT
-P OUTPUT ACCEPT
-P POSTROUTING ACCEPT
-N DOCKER
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 192.0.2.0/24 ! -o bridge1 -j MASQUERADE
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A DOCKER -i bridge1 -j RETURN
-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i bridge1 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.0.2.2:80
`;

describe("Docker 28.5, as its generated documentation lists the rules", () => {
  it("new-daemon.md: filter and nat, the raw table empty", () => {
    const world = daemon28();
    expect(run(world, "iptables -S")).toBe(NEW_DAEMON_FILTER);
    expect(run(world, "iptables -t nat -S")).toBe(NEW_DAEMON_NAT);
    expect(run(world, "iptables -t raw -S")).toBe("-P PREROUTING ACCEPT\n-P OUTPUT ACCEPT\n");
  });

  it("usernet-portmap.md: a user network with a published port", () => {
    const world = daemon28();
    run(world, USERNET);
    expect(run(world, "iptables -S")).toBe(PORTMAP_FILTER);
    expect(run(world, "iptables -t nat -S")).toBe(PORTMAP_NAT);
    expect(run(world, "iptables -t raw -S")).toBe(
      "-P PREROUTING ACCEPT\n-P OUTPUT ACCEPT\n-A PREROUTING -d 192.0.2.2/32 ! -i bridge1 -j DROP\n",
    );
  });

  it("usernet-portmap-lo.md: a port published on 127.0.0.1", () => {
    const world = daemon28();
    run(world, USERNET.replace("-p 8080:80", "-p 127.0.0.1:8080:80"));
    expect(run(world, "iptables -t nat -S DOCKER")).toBe(
      "-N DOCKER\n-A DOCKER -i bridge1 -j RETURN\n-A DOCKER -i docker0 -j RETURN\n" +
        "-A DOCKER -d 127.0.0.1/32 ! -i bridge1 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.0.2.2:80\n",
    );
    expect(run(world, "iptables -t raw -S PREROUTING")).toBe(
      "-P PREROUTING ACCEPT\n-A PREROUTING -d 192.0.2.2/32 ! -i bridge1 -j DROP\n" +
        "-A PREROUTING -d 127.0.0.1/32 ! -i lo -p tcp -m tcp --dport 8080 -j DROP\n",
    );
  });

  it("usernet-portmap-noicc.md: enable_icc=false", () => {
    const world = daemon28();
    run(
      world,
      USERNET.replace("-o com.docker", "-o com.docker.network.bridge.enable_icc=false -o com.docker"),
    );
    expect(run(world, "iptables -S DOCKER-FORWARD")).toBe(
      "-N DOCKER-FORWARD\n-A DOCKER-FORWARD -j DOCKER-CT\n-A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1\n" +
        "-A DOCKER-FORWARD -j DOCKER-BRIDGE\n-A DOCKER-FORWARD -i docker0 -j ACCEPT\n" +
        "-A DOCKER-FORWARD -i bridge1 -o bridge1 -j DROP\n-A DOCKER-FORWARD -i bridge1 ! -o bridge1 -j ACCEPT\n",
    );
  });

  it("usernet-portmap-noproxy.md: --userland-proxy=false", () => {
    const world = daemon28("--userland-proxy=false");
    run(world, USERNET);
    expect(run(world, "iptables -S")).toBe(PORTMAP_FILTER);
    expect(run(world, "iptables -t nat -S")).toBe(`-P PREROUTING ACCEPT
-P INPUT ACCEPT
-P OUTPUT ACCEPT
-P POSTROUTING ACCEPT
-N DOCKER
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -o bridge1 -m addrtype --src-type LOCAL -j MASQUERADE
-A POSTROUTING -s 192.0.2.0/24 ! -o bridge1 -j MASQUERADE
-A POSTROUTING -o docker0 -m addrtype --src-type LOCAL -j MASQUERADE
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A POSTROUTING -s 192.0.2.2/32 -d 192.0.2.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
-A DOCKER -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.0.2.2:80
`);
  });

  it("usernet-internal.md: two internal networks, with and without ICC", () => {
    const world = daemon28();
    run(
      world,
      `docker network create -o com.docker.network.bridge.name=bridgeICC --internal --subnet 192.0.2.0/24 --gateway 192.0.2.1 bridge1
docker run -d --network bridge1 --name c1 busybox top
docker network create -o com.docker.network.bridge.name=bridgeNoICC -o com.docker.network.bridge.enable_icc=false --internal --subnet 198.51.100.0/24 --gateway 198.51.100.1 bridge2
docker run -d --network bridge2 --name c2 busybox top`,
    );
    expect(run(world, "iptables -S | grep -e DOCKER-FORWARD -e ISOLATION-STAGE-1")).toBe(`-N DOCKER-FORWARD
-N DOCKER-ISOLATION-STAGE-1
-A FORWARD -j DOCKER-FORWARD
-A DOCKER-FORWARD -j DOCKER-CT
-A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1
-A DOCKER-FORWARD -j DOCKER-BRIDGE
-A DOCKER-FORWARD -i docker0 -j ACCEPT
-A DOCKER-FORWARD -i bridgeICC -o bridgeICC -j ACCEPT
-A DOCKER-FORWARD -i bridgeNoICC -o bridgeNoICC -j DROP
-A DOCKER-ISOLATION-STAGE-1 ! -s 198.51.100.0/24 -o bridgeNoICC -j DROP
-A DOCKER-ISOLATION-STAGE-1 ! -d 198.51.100.0/24 -i bridgeNoICC -j DROP
-A DOCKER-ISOLATION-STAGE-1 ! -s 192.0.2.0/24 -o bridgeICC -j DROP
-A DOCKER-ISOLATION-STAGE-1 ! -d 192.0.2.0/24 -i bridgeICC -j DROP
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
`);
    expect(run(world, "iptables -t raw -S")).toBe("-P PREROUTING ACCEPT\n-P OUTPUT ACCEPT\n");
  });

  it("gives containers random MACs from 28 on", () => {
    const world = daemon28();
    run(world, USERNET);
    expect(run(world, "ip -n c1 -br link show eth0")).not.toContain("02:42:c0:00:02:02");
  });
});
