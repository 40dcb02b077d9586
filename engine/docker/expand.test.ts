import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { setDockerProfile } from "./daemon";
import { expandScript } from "./expand";
import { profileNames } from "./profile";
import { ARTICLE_COMPOSE, run } from "./testing";

const SCRIPT = `dockerd
cat > docker-compose.yml <<'EOF'
${ARTICLE_COMPOSE}EOF
docker compose up -d
docker exec caddy ping -c 1 192.168.31.1
`;

describe("netplay expand", () => {
  it("turns dockerd into the host commands it ran, in order", () => {
    const world = createWorld("bare");
    setDockerProfile(world, "20.10");
    expect(expandScript(world, "dockerd\n").replace(/address [0-9a-f:]+/, "address X")).toBe(`# dockerd
sysctl -w net.ipv4.ip_forward=1
iptables -t filter -P FORWARD DROP
iptables -t nat -N DOCKER
iptables -t filter -N DOCKER
iptables -t filter -N DOCKER-ISOLATION-STAGE-1
iptables -t filter -N DOCKER-ISOLATION-STAGE-2
iptables -t filter -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables -t filter -A DOCKER-ISOLATION-STAGE-2 -j RETURN
ip link add docker0 address X type bridge
ip addr add 172.17.0.1/16 brd + dev docker0
ip link set docker0 up
iptables -t nat -I POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -I DOCKER -i docker0 -j RETURN
iptables -t filter -I FORWARD -i docker0 -o docker0 -j ACCEPT
iptables -t filter -I FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER ! --dst 127.0.0.0/8
iptables -t filter -I FORWARD -o docker0 -j DOCKER
iptables -t filter -I FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -I FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -t filter -I DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -I DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables -t filter -N DOCKER-USER
iptables -t filter -A DOCKER-USER -j RETURN
iptables -t filter -I FORWARD -j DOCKER-USER
`);
  });

  // Only random MACs the kernel makes itself (host veth ends) differ: Docker's draws are not replayed.
  it.each(profileNames)(
    "profile %s: replaying the expansion on a bare world gives the same rules and devices",
    (profile) => {
      const world = createWorld("bare");
      setDockerProfile(world, profile);
      const expanded = expandScript(world, SCRIPT);
      expect(expanded).toContain(
        "# docker exec caddy ping -c 1 192.168.31.1\nip netns exec caddy ping -c 1 192.168.31.1\n",
      );
      const replay = createWorld("bare");
      run(replay, expanded);
      for (const look of [
        "iptables-save -t filter",
        "iptables-save -t nat",
        "iptables-save -t raw",
        "ip -4 -br addr",
        "ip -n caddy -br addr",
      ])
        expect(run(replay, `${look} | grep -v '^#'`), look).toBe(run(world, `${look} | grep -v '^#'`));
    },
  );
});
