import { describe, expect, it } from "vitest";
import { labItems } from "./items";
import { labScript } from "./lab-script";
import type { WorldName } from "../scenario/worlds";

const lab = (script: string, world: WorldName = "empty") => {
  const text = labScript(script, { world, source: "s.sh" });
  if (typeof text !== "string") throw new Error(text.error);
  return text;
};

/** The scenario part of a lab script: what follows "# The scenario." up to the closing lines. */
const scenarioPart = (text: string) =>
  text.slice(text.indexOf("# The scenario.\n") + 16, text.indexOf("netplay_last=$?"));

describe("labItems", () => {
  it("keeps each line's heredoc body and continuation lines, as bash must read them", () => {
    const script = "# a comment\ncat > r <<'EOF'\n*filter\nEOF\n\necho a \\\n  b\nnc -l 8080 > got &\n";
    expect(labItems(script)).toEqual([
      { text: "cat > r <<'EOF'", source: "cat > r <<'EOF'\n*filter\nEOF", background: false, fatal: false },
      { text: "echo a \\\n  b", source: "echo a \\\n  b", background: false, fatal: false },
      { text: "nc -l 8080 > got &", source: "nc -l 8080 > got &", background: true, fatal: false },
    ]);
  });
});

describe("labScript", () => {
  it("runs each line as written between the step helpers", () => {
    expect(scenarioPart(lab("iptables -S\necho 'it''s'\n"))).toBe(
      [
        "netplay_step 1 'iptables -S'",
        "iptables -S",
        "netplay_status 1",
        `netplay_step 2 'echo '\\''it'\\'''\\''s'\\'''`,
        "echo 'it''s'",
        "netplay_status 2",
        "",
      ].join("\n"),
    );
  });

  it("waits for addresses to settle before listings, and not before changes", () => {
    const part = scenarioPart(
      lab("ip -n router a\nip addr add 10.0.0.1/24 dev lo\nip link show dev lo\nip route\n"),
    );
    expect(part.match(/netplay_step \d[^\n]*\nnetplay_settle_addresses/g)).toEqual([
      "netplay_step 1 'ip -n router a'\nnetplay_settle_addresses",
      "netplay_step 3 'ip link show dev lo'\nnetplay_settle_addresses",
    ]);
  });

  it("makes a background capture write its file as it goes, and gives the job time to start", () => {
    expect(scenarioPart(lab("tcpdump -i eth0 -n > eth0.dump &\n"))).toBe(
      [
        "netplay_step 1 'tcpdump -i eth0 -n > eth0.dump &'",
        "tcpdump -l --immediate-mode -i eth0 -n > eth0.dump &",
        "netplay_status 1",
        "netplay_started_job",
        "",
      ].join("\n"),
    );
  });

  it("watches each namespace a line makes, for the kernel suite's traces", () => {
    expect(scenarioPart(lab("ip netns add a\n"))).toContain("netplay_status 1\nnetplay_monitor a\n");
  });

  it("builds the bare world from its script and starts its services", () => {
    const text = lab("true\n", "bare");
    expect(text).toContain("netplay_setup 'ip netns add router'\nnetplay_monitor router\n");
    expect(text).toContain("netplay_setup 'ip -n laptop route add default via 192.168.31.1'\n");
    expect(text).toContain(
      "netplay_stand_in router router router '' 53 '' '' ''\nnetplay_stand_in internet internet internet 80,443 53 '' '' ''\n",
    );
  });

  it("picks a delimiter for the embedded script that no scenario line equals", () => {
    const text = lab("cat > f <<'NETPLAY_LAB'\nx\nNETPLAY_LAB\n");
    expect(text).toContain("netplay_lab=$(cat <<'NETPLAY_LAB_'\n");
    expect(text).toMatch(/\nNETPLAY_LAB_\n\)\nexec unshare /);
  });

  it("builds a Docker world from the bare world and the commands dockerd ran at start", () => {
    const text = lab("true\n", "docker-20.10");
    expect(text).toContain("netplay_setup 'ip link add docker0 address ");
    expect(text).toContain("netplay_setup 'iptables -t filter -A DOCKER-USER -j RETURN'\n");
  });
  it("runs a Docker line as the host commands dockerd ran, and starts its services as stand-ins", () => {
    const part = scenarioPart(lab("docker run -d --name web -p 8080:80 nginx\n", "docker"));
    expect(part).toContain("netplay_docker 'ip netns add web'\n");
    expect(part).toContain(
      [
        "netplay_docker 'iptables -t filter -I DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT'",
        "netplay_docker 'conntrack -D -r 172.17.0.2 >/dev/null 2>&1 || true'",
        "netplay_docker 'conntrack -D -q 172.17.0.2 >/dev/null 2>&1 || true'",
        "netplay_docker_said 0 '7b4da37c2b6ad94d782b6ceca36a20d70966de8f845dad540f11804fdc1787a3\n' ''",
        "netplay_status 1",
        "netplay_stand_in docker-proxy.0.0.0.0:8080 host host '' '' '' '0.0.0.0:8080>172.17.0.2:80' ''",
        "netplay_stand_in web web web 80 '' '' '' ''",
        "netplay_monitor web",
        "",
      ].join("\n"),
    );
  });
  it("relays a port published for UDP and TCP alike with a docker-proxy stand-in for each", () => {
    const part = scenarioPart(
      lab("docker run -d --name dns -p 5353:53/udp -p 5353:53 alpine sleep infinity\n", "docker"),
    );
    expect(part).toContain(
      [
        "netplay_status 1",
        "netplay_stand_in docker-proxy.0.0.0.0:5353.udp host host '' '' '' '' '0.0.0.0:5353>172.17.0.2:53'",
        "netplay_stand_in docker-proxy.0.0.0.0:5353 host host '' '' '' '0.0.0.0:5353>172.17.0.2:53' ''",
        "netplay_monitor dns",
        "",
      ].join("\n"),
    );
  });
  it("runs a container's command with ip netns exec, as the line's own, and stops what a line ends", () => {
    const part = scenarioPart(
      lab("docker run -d --name web redis\ndocker exec web ping -c 1 10.0.0.1\ndocker rm -f web\n", "docker"),
    );
    expect(part).toContain("netplay_stand_in web web web '' '' 6379 '' ''\n");
    expect(part).toContain(
      'ip netns exec web ping -c 1 10.0.0.1\nnetplay_docker_status=$?\nnetplay_docker_end "$netplay_docker_status"\n',
    );
    expect(part).toMatch(/netplay_step 3 'docker rm -f web'\nnetplay_stop_stand_in web\nnetplay_docker /);
  });
  it("starts a container's lasting process in the background, its output to the container's log", () => {
    const part = scenarioPart(
      lab("docker run -d --name dns alpine nc -lu -p 53\ndocker exec -d dns nc -l -p 81\n", "docker"),
    );
    expect(part).toContain(
      "ip netns exec dns nc -lu -p 53 >/dev/null 2>&1 &\nnetplay_started_job\nnetplay_docker_said 0 ",
    );
    expect(part).toContain("ip netns exec dns nc -l -p 81 >/dev/null 2>&1 &\nnetplay_started_job\n");
  });
});
