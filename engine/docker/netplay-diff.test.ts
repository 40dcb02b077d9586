import { describe, expect, it } from "vitest";
import { main } from "../cli/main";

function netplay(args: readonly string[], files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const status = main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return text;
    },
  });
  return { status, stdout, stderr };
}

const SCRIPT = "docker network create web\ndocker run -d --name web --network web -p 8081:80 nginx\n";

describe("netplay run --docker VERSION", () => {
  it("chooses the Docker a bare world's dockerd starts, which dockerd --version names", () => {
    const { status, stdout } = netplay(["run", "--world", "bare", "--docker", "20.10", "s.sh"], {
      "s.sh": "dockerd --version\ndockerd\niptables -S DOCKER-USER\n",
    });
    expect([status, stdout]).toEqual([
      0,
      "$ dockerd --version\nDocker version 20.10.27, build a61e2b4\n$ dockerd\n" +
        "$ iptables -S DOCKER-USER\n-N DOCKER-USER\n-A DOCKER-USER -j RETURN\n",
    ]);
  });

  it("turns --world docker into that version's docker world, and takes the full version too", () => {
    const { stdout } = netplay(["run", "--world=docker", "--docker=28.5.2", "s.sh"], {
      "s.sh": "dockerd --version\n",
    });
    expect(stdout).toBe("$ dockerd --version\nDocker version 28.5.2, build 89c5e8f\n");
  });

  it("refuses an unknown version, and a docker world of another version", () => {
    const files = { "s.sh": "" };
    expect(netplay(["run", "--docker", "27", "s.sh"], files)).toEqual({
      status: 2,
      stdout: "",
      stderr: 'netplay: unknown Docker version "27" (known: 20.10, 28, 29)\n',
    });
    expect(netplay(["run", "--world", "docker-28", "--docker", "29", "s.sh"], files)).toEqual({
      status: 2,
      stdout: "",
      stderr: "netplay: --world docker-28 runs another Docker than --docker 29\n",
    });
  });
});

describe("netplay diff --docker A --docker B", () => {
  it("prints, table by table, the rules only one version leaves", () => {
    const { status, stdout } = netplay(["diff", "--docker", "20.10", "--docker", "28", "s.sh"], {
      "s.sh": SCRIPT,
    });
    expect(status).toBe(0);
    expect(stdout.replace(/br-[0-9a-f]{12}/g, "br-X")).toBe(`--- Docker 20.10.27
+++ Docker 28.5.2
@@ raw @@
 -P PREROUTING ACCEPT
 -P OUTPUT ACCEPT
+-A PREROUTING -d 172.18.0.2/32 ! -i br-X -j DROP
@@ nat @@
 -P PREROUTING ACCEPT
 -P INPUT ACCEPT
 -P OUTPUT ACCEPT
 -P POSTROUTING ACCEPT
 -N DOCKER
 -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
 -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
 -A POSTROUTING -s 172.18.0.0/16 ! -o br-X -j MASQUERADE
 -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
--A POSTROUTING -s 172.18.0.2/32 -d 172.18.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
 -A DOCKER -i br-X -j RETURN
 -A DOCKER -i docker0 -j RETURN
 -A DOCKER ! -i br-X -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.18.0.2:80
@@ filter @@
 -P INPUT ACCEPT
 -P FORWARD DROP
 -P OUTPUT ACCEPT
 -N DOCKER
+-N DOCKER-BRIDGE
+-N DOCKER-CT
+-N DOCKER-FORWARD
 -N DOCKER-ISOLATION-STAGE-1
 -N DOCKER-ISOLATION-STAGE-2
 -N DOCKER-USER
 -A FORWARD -j DOCKER-USER
--A FORWARD -j DOCKER-ISOLATION-STAGE-1
--A FORWARD -o br-X -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
--A FORWARD -o br-X -j DOCKER
--A FORWARD -i br-X ! -o br-X -j ACCEPT
--A FORWARD -i br-X -o br-X -j ACCEPT
--A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
--A FORWARD -o docker0 -j DOCKER
--A FORWARD -i docker0 ! -o docker0 -j ACCEPT
--A FORWARD -i docker0 -o docker0 -j ACCEPT
+-A FORWARD -j DOCKER-FORWARD
 -A DOCKER -d 172.18.0.2/32 ! -i br-X -o br-X -p tcp -m tcp --dport 80 -j ACCEPT
--A DOCKER-ISOLATION-STAGE-1 -i br-X ! -o br-X -j DOCKER-ISOLATION-STAGE-2
+-A DOCKER ! -i docker0 -o docker0 -j DROP
+-A DOCKER ! -i br-X -o br-X -j DROP
+-A DOCKER-BRIDGE -o docker0 -j DOCKER
+-A DOCKER-BRIDGE -o br-X -j DOCKER
+-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
+-A DOCKER-CT -o br-X -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
+-A DOCKER-FORWARD -j DOCKER-CT
+-A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1
+-A DOCKER-FORWARD -j DOCKER-BRIDGE
+-A DOCKER-FORWARD -i docker0 -j ACCEPT
+-A DOCKER-FORWARD -i br-X -j ACCEPT
 -A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
--A DOCKER-ISOLATION-STAGE-1 -j RETURN
+-A DOCKER-ISOLATION-STAGE-1 -i br-X ! -o br-X -j DOCKER-ISOLATION-STAGE-2
 -A DOCKER-ISOLATION-STAGE-2 -o br-X -j DROP
 -A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
--A DOCKER-ISOLATION-STAGE-2 -j RETURN
--A DOCKER-USER -j RETURN
`);
  });

  it("names B's bridges as A's, so a network's random id is no difference", () => {
    const { stdout } = netplay(["diff", "--docker", "29", "--docker", "29", "s.sh"], { "s.sh": SCRIPT });
    expect(stdout).toBe("--- Docker 29.0.0\n+++ Docker 29.0.0\n");
  });

  it("is a usage error without two versions", () => {
    expect(netplay(["diff", "--docker", "29", "s.sh"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "netplay: usage: netplay diff [--world NAME] --docker A --docker B FILE|-\n",
    });
  });
});
