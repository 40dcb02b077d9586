import { beforeEach, describe, expect, it } from "vitest";
import { expandScript } from "../../engine/docker/expand";
import { expandedText } from "../../engine/docker/expand-text";
import { createEngineApi } from "../../engine/engine-api";
import { createWorld } from "../../engine/scenario/worlds";
import { isDockerCommand, useDockerDiff } from "./docker-diff";
import { FOLDED_LINES, shownSteps } from "./docker-expand";

/** The article's caddy on a user network, a line that is not Docker's, one that fails, one that runs nothing. */
const SCRIPT = [
  "docker network create web",
  "docker run -d --name caddy --network web -p 8081:80 caddy",
  "iptables -t nat -S DOCKER",
  "docker run -d --name caddy nginx",
  "docker ps",
  "docker rm -f caddy",
];

describe("the Docker tab's host commands", () => {
  beforeEach(() => useDockerDiff.getState().clear());

  it("are, line after line, what `netplay expand` prints for the same script", async () => {
    const engine = createEngineApi();
    const page: string[] = [];
    for (const line of SCRIPT) {
      const { status, dockerd } = await engine.exec(line);
      if (!isDockerCommand(line)) {
        expect(dockerd).toBeUndefined();
        page.push(`${line}\n`);
        continue;
      }
      useDockerDiff.getState().record(line, null, null, { status, dockerd });
      const { command, run } = useDockerDiff.getState();
      page.push(expandedText(command!, run!.dockerd!));
    }
    expect(page.join("")).toBe(expandScript(createWorld("docker"), `${SCRIPT.join("\n")}\n`));
  });

  it("keep a failed command's status, and what dockerd ran for it (nothing here)", async () => {
    const engine = createEngineApi();
    await engine.exec(SCRIPT[0]!);
    await engine.exec(SCRIPT[1]!);
    const failed = await engine.exec(SCRIPT[3]!);
    expect({ status: failed.status, dockerd: failed.dockerd }).toEqual({ status: 125, dockerd: [] });
  });

  it("are a docker run's steps in order, its docker-proxy and quiet conntrack flushes written as `netplay expand` does", async () => {
    const { dockerd } = await createEngineApi().exec("docker run -d --name web -p 8080:80 nginx");
    expect(dockerd).toEqual([
      "ip netns add web",
      "ip -n web link set lo up",
      "ip link add vethe36989f type veth peer name eth0 address ea:5f:8d:a3:66:97 netns web",
      "ip link set vethe36989f master docker0",
      "ip link set vethe36989f up",
      "ip -n web addr add 172.17.0.2/16 brd + dev eth0",
      "ip -n web link set eth0 up",
      "ip -n web route add default via 172.17.0.1",
      "iptables -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP",
      "iptables -t nat -A DOCKER -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0",
      "iptables -t filter -I DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT",
      "# dockerd starts: docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.2 -container-port 80",
      "conntrack -D -r 172.17.0.2 >/dev/null 2>&1 || true",
      "conntrack -D -q 172.17.0.2 >/dev/null 2>&1 || true",
    ]);
  });
});

describe("shownSteps", () => {
  const steps = Array.from({ length: 15 }, (_, i) => `step ${i + 1}`);

  it("folds a long list to its first lines until opened", () => {
    expect(shownSteps(steps, false)).toEqual(steps.slice(0, FOLDED_LINES));
    expect(shownSteps(steps, true)).toBe(steps);
  });

  it("does not fold away only a line or two", () => {
    expect(shownSteps(steps.slice(0, FOLDED_LINES + 2), false)).toHaveLength(FOLDED_LINES + 2);
  });
});
