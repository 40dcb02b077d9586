import { describe, expect, it } from "vitest";
import { profileDiff, type ProfileDiff } from "./profile-diff";

/** The article's caddy on a user network, its port published. */
const CADDY = "docker network create web\ndocker run -d --name caddy --network web -p 8081:80 caddy\n";

function diff(...args: Parameters<typeof profileDiff>): ProfileDiff {
  const result = profileDiff(...args);
  if ("error" in result) throw new Error(result.error);
  return result;
}

/** Each table's lines as `netplay diff` prints them, the network's bridge as br-X. */
const marked = ({ tables }: ProfileDiff) =>
  Object.fromEntries(
    tables.map((t) => [
      t.table,
      t.lines.map((l) => `${l.mark}${l.text}`.replace(/br-[0-9a-f]{12}/g, "br-X")),
    ]),
  );

describe("profileDiff", () => {
  it("diffs each table's -S of the caddy scenario under 20.10 and 29", () => {
    const result = diff("docker", ["20.10", "29"], CADDY);
    expect(result.versions).toEqual(["20.10.27", "29.0.0"]);
    expect(result.failures).toEqual([]);
    expect(marked(result)).toEqual({
      raw: [
        " -P PREROUTING ACCEPT",
        " -P OUTPUT ACCEPT",
        "+-A PREROUTING -d 172.18.0.2/32 ! -i br-X -j DROP",
      ],
      mangle: [
        " -P PREROUTING ACCEPT",
        " -P INPUT ACCEPT",
        " -P FORWARD ACCEPT",
        " -P OUTPUT ACCEPT",
        " -P POSTROUTING ACCEPT",
      ],
      nat: [
        " -P PREROUTING ACCEPT",
        " -P INPUT ACCEPT",
        " -P OUTPUT ACCEPT",
        " -P POSTROUTING ACCEPT",
        " -N DOCKER",
        " -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER",
        " -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER",
        " -A POSTROUTING -s 172.18.0.0/16 ! -o br-X -j MASQUERADE",
        " -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE",
        "--A POSTROUTING -s 172.18.0.2/32 -d 172.18.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE",
        "--A DOCKER -i br-X -j RETURN",
        "--A DOCKER -i docker0 -j RETURN",
        " -A DOCKER ! -i br-X -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80",
      ],
      filter: [
        " -P INPUT ACCEPT",
        " -P FORWARD DROP",
        " -P OUTPUT ACCEPT",
        " -N DOCKER",
        "--N DOCKER-ISOLATION-STAGE-1",
        "--N DOCKER-ISOLATION-STAGE-2",
        "+-N DOCKER-BRIDGE",
        "+-N DOCKER-CT",
        "+-N DOCKER-FORWARD",
        "+-N DOCKER-INTERNAL",
        " -N DOCKER-USER",
        " -A FORWARD -j DOCKER-USER",
        "--A FORWARD -j DOCKER-ISOLATION-STAGE-1",
        "--A FORWARD -o br-X -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "--A FORWARD -o br-X -j DOCKER",
        "--A FORWARD -i br-X ! -o br-X -j ACCEPT",
        "--A FORWARD -i br-X -o br-X -j ACCEPT",
        "--A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "--A FORWARD -o docker0 -j DOCKER",
        "--A FORWARD -i docker0 ! -o docker0 -j ACCEPT",
        "--A FORWARD -i docker0 -o docker0 -j ACCEPT",
        "+-A FORWARD -j DOCKER-FORWARD",
        " -A DOCKER -d 172.18.0.2/32 ! -i br-X -o br-X -p tcp -m tcp --dport 80 -j ACCEPT",
        "--A DOCKER-ISOLATION-STAGE-1 -i br-X ! -o br-X -j DOCKER-ISOLATION-STAGE-2",
        "--A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2",
        "--A DOCKER-ISOLATION-STAGE-1 -j RETURN",
        "--A DOCKER-ISOLATION-STAGE-2 -o br-X -j DROP",
        "--A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP",
        "--A DOCKER-ISOLATION-STAGE-2 -j RETURN",
        "--A DOCKER-USER -j RETURN",
        "+-A DOCKER ! -i docker0 -o docker0 -j DROP",
        "+-A DOCKER ! -i br-X -o br-X -j DROP",
        "+-A DOCKER-BRIDGE -o docker0 -j DOCKER",
        "+-A DOCKER-BRIDGE -o br-X -j DOCKER",
        "+-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "+-A DOCKER-CT -o br-X -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        "+-A DOCKER-FORWARD -j DOCKER-CT",
        "+-A DOCKER-FORWARD -j DOCKER-INTERNAL",
        "+-A DOCKER-FORWARD -j DOCKER-BRIDGE",
        "+-A DOCKER-FORWARD -i docker0 -j ACCEPT",
        "+-A DOCKER-FORWARD -i br-X -j ACCEPT",
      ],
    });
  });

  it("names B's bridge as A's run named it, so both runs show one bridge", () => {
    const bridges = diff("docker", ["20.10", "29"], CADDY).tables.flatMap((t) =>
      t.lines.flatMap((l) => l.text.match(/br-[0-9a-f]{12}/g) ?? []),
    );
    expect(new Set(bridges).size).toBe(1);
    const same = diff("docker", ["29", "29"], CADDY);
    expect(same.tables.flatMap((t) => t.lines.filter((l) => l.mark !== " "))).toEqual([]);
  });

  it("names the lines that failed under one version only, with what they printed", () => {
    const result = diff("docker", ["20.10", "29"], "iptables -N DOCKER-CT\niptables -N DOCKER-USER\n");
    expect(result.failures).toEqual([
      { version: "29.0.0", command: "iptables -N DOCKER-CT", output: "iptables: Chain already exists.\n" },
    ]);
  });

  it("says why a world cannot run the scenario", () => {
    expect(profileDiff("docker-28", ["20.10", "29"], CADDY)).toEqual({
      error: "netplay: --world docker-28 runs another Docker than --docker 20.10",
    });
    expect(profileDiff("moon", ["20.10", "29"], CADDY)).toEqual({
      error: 'netplay: unknown world "moon" (known: empty, bare, docker, docker-28, docker-20.10)',
    });
  });
});
