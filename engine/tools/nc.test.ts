// Expected texts were recorded from netcat-openbsd 1.219-1 (Debian 12) in namespaces wired as
// test-world.ts wires them; Debian's nc prints its -v messages on stderr.
import { describe, expect, it } from "vitest";
import { routedWorld, run } from "./test-world";

function withServer(listen = "nc -lk 80 &") {
  const world = routedWorld();
  run(world, "server", listen);
  return world;
}

describe("nc -z", () => {
  it("reports success with the service name, and is silent without -v", () => {
    const world = withServer();
    expect(run(world, "client", "nc -v -z 10.78.0.2 80")).toEqual({
      text: "Connection to 10.78.0.2 80 port [tcp/http] succeeded!\n",
      status: 0,
    });
    expect(run(world, "client", "nc -zvn 10.78.0.2 80").text).toBe(
      "Connection to 10.78.0.2 80 port [tcp/*] succeeded!\n",
    );
    expect(run(world, "client", "nc -z 10.78.0.2 80")).toEqual({ text: "", status: 0 });
    expect(run(world, "client", "nc -z 10.78.0.2 81")).toEqual({ text: "", status: 1 });
  });

  it("scans ports in turn and succeeds when any connects", () => {
    const world = withServer();
    expect(run(world, "client", "nc -zv 10.78.0.2 79-81")).toEqual({
      text:
        "nc: connect to 10.78.0.2 port 79 (tcp) failed: Connection refused\n" +
        "Connection to 10.78.0.2 80 port [tcp/http] succeeded!\n" +
        "nc: connect to 10.78.0.2 port 81 (tcp) failed: Connection refused\n",
      status: 0,
    });
    expect(run(world, "client", "nc -zv 10.78.0.2 81 79").status).toBe(1);
  });

  it.each([
    ["tcp-reset", "Connection refused"],
    ["icmp-port-unreachable", "Connection refused"],
    ["icmp-host-prohibited", "No route to host"],
    ["icmp-admin-prohibited", "No route to host"],
    ["icmp-net-unreachable", "Network is unreachable"],
    ["icmp-host-unreachable", "No route to host"],
    ["icmp-net-prohibited", "Network is unreachable"],
    ["icmp-proto-unreachable", "Protocol not available"],
  ])("turns REJECT --reject-with %s into %s", (rejectWith, errno) => {
    const world = withServer();
    run(world, "server", `iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with ${rejectWith}`);
    expect(run(world, "client", "nc -zv 10.78.0.2 80")).toEqual({
      text: `nc: connect to 10.78.0.2 port 80 (tcp) failed: ${errno}\n`,
      status: 1,
    });
  });

  it("times out after -w seconds of unanswered SYNs", () => {
    const world = withServer();
    run(world, "server", "iptables -A INPUT -p tcp --dport 80 -j DROP");
    const start = world.clock;
    expect(run(world, "client", "nc -zv -w 2 10.78.0.2 80").text).toBe(
      "nc: connect to 10.78.0.2 port 80 (tcp) timed out: Operation now in progress\n",
    );
    expect(world.clock - start).toBe(2000);
  });

  it("fails with the kernel's ETIMEDOUT when tcp_syn_retries runs out first", () => {
    const world = withServer();
    run(world, "server", "iptables -A INPUT -p tcp --dport 80 -j DROP");
    run(world, "client", "sysctl -qw net.ipv4.tcp_syn_retries=1");
    const start = world.clock;
    expect(run(world, "client", "nc -zv -w 5 10.78.0.2 80").text).toBe(
      "nc: connect to 10.78.0.2 port 80 (tcp) failed: Connection timed out\n",
    );
    expect(world.clock - start).toBe(3000);
    expect(run(world, "server", "iptables -S INPUT -v").text).toBe(
      "-P INPUT ACCEPT -c 0 0\n-A INPUT -p tcp -m tcp --dport 80 -c 3 180 -j DROP\n",
    );
  });

  it("reports a router's missing route, and its own", () => {
    const world = routedWorld();
    expect(run(world, "client", "nc -zv 10.99.0.1 80").text).toBe(
      "nc: connect to 10.99.0.1 port 80 (tcp) failed: Network is unreachable\n",
    );
    run(world, "client", "ip route del default");
    expect(run(world, "client", "nc -zuv 10.99.0.1 80").text).toBe(
      "nc: connect to 10.99.0.1 port 80 (udp) failed: Network is unreachable\n",
    );
  });

  it("names localhost with its address", () => {
    const world = withServer();
    expect(run(world, "server", "nc -zv localhost 80").text).toBe(
      "Connection to localhost (127.0.0.1) 80 port [tcp/http] succeeded!\n",
    );
    expect(run(world, "server", "nc -zv localhost 8084").text).toBe(
      "nc: connect to localhost (127.0.0.1) port 8084 (tcp) failed: Connection refused\n",
    );
  });
});

describe("nc data", () => {
  it("prints the listener's messages with -v", () => {
    const world = routedWorld();
    expect(run(world, "server", "nc -lv 8080 &").text).toBe("Listening on 0.0.0.0 8080\n");
    expect(run(world, "client", "echo hi | nc -N -p 40000 10.78.0.2 8080").text).toBe(
      "Connection received on 10.77.0.2 40000\nhi\n",
    );
    // A plain -l serves one connection.
    expect(run(world, "client", "nc -zv 10.78.0.2 8080").text).toBe(
      "nc: connect to 10.78.0.2 port 8080 (tcp) failed: Connection refused\n",
    );
  });

  it("keeps listening with -k", () => {
    const world = routedWorld();
    run(world, "server", "nc -lkv 8081 &");
    expect(
      run(
        world,
        "client",
        "echo one | nc -N -p 40002 10.78.0.2 8081\necho two | nc -N -p 40003 10.78.0.2 8081",
      ).text,
    ).toBe("Connection received on 10.77.0.2 40002\none\nConnection received on 10.77.0.2 40003\ntwo\n");
  });

  it("waits -q or -w seconds after EOF when the peer stays open, and stops as Ctrl-C would without them", () => {
    const world = routedWorld();
    run(world, "server", "nc -lk 8080 &");
    let start = world.clock;
    expect(run(world, "client", "echo hello | nc -w 1 10.78.0.2 8080")).toEqual({
      text: "hello\n",
      status: 0,
    });
    expect(world.clock - start).toBe(1000);
    start = world.clock;
    expect(run(world, "client", "echo hello | nc -q 0 10.78.0.2 8080").status).toBe(0);
    expect(world.clock - start).toBe(0);
    expect(run(world, "client", "echo hello | nc 10.78.0.2 8080")).toEqual({ text: "hello\n", status: 130 });
  });

  it("refuses a port already in use, and a listener without a port", () => {
    const world = withServer();
    expect(run(world, "server", "nc -l 80")).toEqual({ text: "nc: Address already in use\n", status: 1 });
    expect(run(world, "server", "nc -l")).toEqual({ text: "nc: missing port number\n", status: 1 });
  });
});

describe("nc -u", () => {
  it("connects without a handshake: -z alone says nothing and succeeds", () => {
    expect(run(routedWorld(), "client", "nc -u -z 10.78.0.2 53")).toEqual({ text: "", status: 0 });
  });

  it("probes with -v and fails quietly on port unreachable", () => {
    const world = routedWorld();
    expect(run(world, "client", "nc -u -z -v 10.78.0.2 53")).toEqual({ text: "", status: 1 });
    expect(run(world, "client", "echo hi | nc -u -v -w 1 10.78.0.2 9999")).toEqual({ text: "", status: 1 });
    expect(run(world, "client", "echo hi | nc -u -w 1 10.78.0.2 9999")).toEqual({ text: "", status: 0 });
  });

  it("says succeeded when the network is unreachable further on: that error is not fatal to UDP", () => {
    expect(run(routedWorld(), "client", "nc -u -zv 10.99.0.1 53").text).toBe(
      "Connection to 10.99.0.1 53 port [udp/domain] succeeded!\n",
    );
  });

  it("sends udptest's X probes, then the data, to a listener", () => {
    const world = routedWorld();
    expect(run(world, "server", "nc -luv 9998 &").text).toBe("Bound on 0.0.0.0 9998\n");
    const start = world.clock;
    expect(run(world, "client", "echo hi | nc -u -v -w 1 10.78.0.2 9998")).toEqual({
      text: "Connection to 10.78.0.2 9998 port [udp/*] succeeded!\nConnection received on 10.77.0.2 40398\nXXXhi\n",
      status: 0,
    });
    expect(world.clock - start).toBe(2000);
  });
});

describe("nc arguments", () => {
  it.each([
    ["nc -zv 10.78.0.2 x", "nc: port number invalid: x\n"],
    ["nc 10.78.0.2", "nc: missing port number\n"],
    ["nc -zv 10.78.0.2 0", "nc: port number too small: 0\n"],
    ["nc -zv 10.78.0.2 70000", "nc: port number too large: 70000\n"],
    ["nc -w x 10.78.0.2 80", "nc: timeout invalid: x\n"],
    ["nc -zv nosuch 80", 'nc: getaddrinfo for host "nosuch" port 80: Name or service not known\n'],
    [
      "nc -j 10.78.0.2 80",
      "nc: invalid option -- 'j'\nusage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n" +
        "\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n" +
        "\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n" +
        "\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n",
    ],
  ])("%s", (line, text) => {
    expect(run(routedWorld(), "client", line)).toEqual({ text, status: 1 });
  });
});
