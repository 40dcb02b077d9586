import { describe, expect, it } from "vitest";
import { commandFor } from "./command";

describe("commandFor", () => {
  it("sends from a namespace with ip netns exec, from the host as it is", () => {
    expect(commandFor({ from: "laptop", to: "198.18.5.130:80", probe: "http" })).toEqual({
      line: "ip netns exec laptop curl -s -m 2 http://198.18.5.130/",
    });
    expect(commandFor({ from: "host", to: "198.18.5.130:8080", probe: "http" })).toEqual({
      line: "curl -s -m 2 http://198.18.5.130:8080/",
    });
  });

  it("picks nc for tcp and udp, ping for icmp", () => {
    expect(commandFor({ from: "host", to: "192.168.31.50:22", probe: "tcp" })).toEqual({
      line: "nc -z -w 2 192.168.31.50 22",
    });
    expect(commandFor({ from: "router", to: "198.18.5.130:53", probe: "udp" })).toEqual({
      line: "ip netns exec router nc -u -z -w 2 198.18.5.130 53",
    });
    expect(commandFor({ from: "host", to: "198.18.5.130", probe: "icmp" })).toEqual({
      line: "ping -c 1 198.18.5.130",
    });
  });

  it("sends from a container with docker exec, from a given source port when asked", () => {
    const containers = new Set(["web", "db"]);
    expect(
      commandFor({ from: "web", to: "198.18.5.130:80", probe: "http", sport: 40000 }, containers),
    ).toEqual({
      line: "docker exec web curl -s -m 2 --local-port 40000 http://198.18.5.130/",
    });
    expect(commandFor({ from: "db", to: "172.17.0.2:80", probe: "tcp", sport: 5000 }, containers)).toEqual({
      line: "docker exec db nc -z -w 2 -p 5000 172.17.0.2 80",
    });
  });

  it("asks for what is missing", () => {
    expect(commandFor({ from: "host", to: "198.18.5.130", probe: "tcp" })).toEqual({
      error: "Give a port, e.g. 198.18.5.130:80",
    });
    expect(commandFor({ from: "host", to: " ", probe: "icmp" })).toEqual({
      error: "Give an address, e.g. 198.18.5.130:80",
    });
  });
});
