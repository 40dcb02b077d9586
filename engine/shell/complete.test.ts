import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { viewOf } from "../view";
import { complete } from "./complete";
import { runLine } from "./script";

const world = createWorld("docker");
runLine(world, "docker run -d --name web -p 8080:80 nginx");
runLine(world, "docker network create backend");
runLine(world, "iptables -N LOGDROP");
const view = viewOf(world);

/** Completes at the end of `line` in `netns`. */
const at = (line: string, netns = "host") => complete(view, line, line.length, netns);

describe("complete: command names", () => {
  it("offers every command starting with the word, sorted", () => {
    expect(at("ipt")).toEqual({
      from: 0,
      candidates: [
        "iptables",
        "iptables-nft",
        "iptables-nft-restore",
        "iptables-nft-save",
        "iptables-restore",
        "iptables-save",
      ],
    });
  });

  it("starts a new command after a pipe, `&&` and sudo", () => {
    expect(at("iptables -S | gr")).toEqual({ from: 14, candidates: ["grep"] });
    expect(at("true && sudo dock")).toEqual({
      from: 13,
      candidates: ["docker", "docker-compose", "dockerd"],
    });
  });

  it("offers nothing for a file after a redirection", () => {
    expect(at("iptables-save > ip")).toEqual({ from: 16, candidates: [] });
  });
});

describe("complete: iptables", () => {
  it("completes a chain of the table after -A, -I, -P", () => {
    expect(at("iptables -A IN")).toEqual({ from: 12, candidates: ["INPUT"] });
    expect(at("iptables -t nat -I ").candidates).toEqual([
      "DOCKER",
      "INPUT",
      "OUTPUT",
      "POSTROUTING",
      "PREROUTING",
    ]);
    expect(at("iptables --policy FORWARD ").candidates).toEqual(["ACCEPT", "DROP"]);
  });

  it("completes tables, match modules, protocols and devices", () => {
    expect(at("iptables -t ").candidates).toEqual(["filter", "mangle", "nat", "raw", "security"]);
    expect(at("iptables -m co").candidates).toEqual(["comment", "connmark", "conntrack"]);
    expect(at("iptables -p ").candidates).toEqual(["all", "icmp", "tcp", "udp"]);
    expect(at("iptables -A FORWARD -o ").candidates).toEqual([
      "br-70c4bcbe0d32",
      "docker0",
      "eth0",
      "lo",
      "vethe36989f",
    ]);
  });

  it("completes targets with the table's own chains after -j, only those after -g", () => {
    expect(at("iptables -A INPUT -j L").candidates).toEqual(["LOG", "LOGDROP"]);
    expect(at("iptables -t nat -A OUTPUT -j D").candidates).toEqual(["DNAT", "DOCKER", "DROP"]);
    expect(at("iptables -A INPUT -g ").candidates).toEqual([
      "DOCKER",
      "DOCKER-BRIDGE",
      "DOCKER-CT",
      "DOCKER-FORWARD",
      "DOCKER-INTERNAL",
      "DOCKER-USER",
      "LOGDROP",
    ]);
  });

  it("completes the options of the loaded match and target", () => {
    expect(at("iptables -A INPUT -p tcp --dp").candidates).toEqual(["--dport"]);
    expect(at("iptables -m conntrack --ctst").candidates).toEqual(["--ctstate", "--ctstatus"]);
    expect(at("iptables -t nat -A POSTROUTING -j MASQUERADE --to").candidates).toEqual(["--to-ports"]);
    expect(at("iptables --li").candidates).toEqual(["--line-numbers", "--list", "--list-rules"]);
  });
});

describe("complete: docker", () => {
  it("completes subcommands, containers and networks", () => {
    expect(at("docker s").candidates).toEqual(["start", "stop"]);
    expect(at("docker exec ").candidates).toEqual(["web"]);
    expect(at("docker network ").candidates).toEqual([
      "connect",
      "create",
      "disconnect",
      "inspect",
      "ls",
      "rm",
    ]);
    expect(at("docker network connect ").candidates).toEqual(["backend", "bridge"]);
    expect(at("docker network connect backend ").candidates).toEqual(["web"]);
    expect(at("docker run --network b").candidates).toEqual(["backend", "bridge"]);
  });

  it("completes a command inside a running container, with its devices", () => {
    expect(at("docker exec -it web ip link show ")).toEqual({ from: 33, candidates: ["eth0", "lo"] });
  });
});

describe("complete: ip and the namespaces", () => {
  it("completes objects, verbs and devices", () => {
    expect(at("ip r").candidates).toEqual(["route"]);
    expect(at("ip link ").candidates).toEqual(["add", "delete", "set", "show"]);
    expect(at("ip link set d").candidates).toEqual(["docker0"]);
    expect(at("ip addr show dev e").candidates).toEqual(["eth0"]);
  });

  it("completes the namespaces `ip netns list` shows, then a command in one", () => {
    expect(at("ip netns exec ").candidates).toEqual(["internet", "laptop", "router", "web"]);
    expect(at("ip netns exec router tcpdump -i ").candidates).toEqual([
      "any",
      "br-lan",
      "lan-host",
      "lan-laptop",
      "lo",
      "wan",
    ]);
  });

  it("completes devices of the terminal's own namespace", () => {
    expect(at("tcpdump -i ", "laptop").candidates).toEqual(["any", "eth0", "lo"]);
  });
});
