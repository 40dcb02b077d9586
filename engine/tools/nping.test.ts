// Line formats, names and error texts were recorded from Nping 0.7.93 (Debian 12) in namespaces
// wired as test-world.ts wires them. Ids, ports and sequence numbers come from the world's seeded
// generator; times from the virtual clock (first probe 7 ms after start, 40 µs a round trip plus
// 20 µs a router). Linux answers an option-less SYN with an MSS-only SYN-ACK (id=0 iplen=44
// win=64240), and writes id 0 into its resets.
import { describe, expect, it } from "vitest";
import { httpListener } from "./http";
import { routedWorld, run } from "./test-world";

function world(...serverRules: string[]) {
  const w = routedWorld();
  w.netns.get("server")!.sockets.push(httpListener(w, "internet", 80));
  for (const rule of serverRules) run(w, "server", rule);
  return w;
}

const START = "\nStarting Nping 0.7.93 ( https://nmap.org/nping ) at 2026-11-26 18:00 UTC\n";
const done = (rtt: string, sent: string, rcvd: string, lost: string) =>
  ` \n${rtt}\nRaw packets sent: ${sent} | Rcvd: ${rcvd} | Lost: ${lost}\nNping done: 1 IP address pinged in 1.01 seconds\n`;
const RTT_60 = "Max rtt: 0.060ms | Min rtt: 0.060ms | Avg rtt: 0.060ms";
const RTT_40 = "Max rtt: 0.040ms | Min rtt: 0.040ms | Avg rtt: 0.040ms";
const NO_RTT = "Max rtt: N/A | Min rtt: N/A | Avg rtt: N/A";
const SYN =
  "SENT (0.0070s) TCP 10.77.0.2:38689 > 10.78.0.2:80 S ttl=64 id=10782 iplen=40  seq=2676300995 win=1480 \n";

describe("nping --tcp", () => {
  it("sees the SYN-ACK of a listening port", () => {
    const w = world();
    const start = w.clock;
    expect(run(w, "client", "nping --tcp -p 80 -c 1 10.78.0.2")).toEqual({
      text:
        START +
        SYN +
        "RCVD (0.0071s) TCP 10.78.0.2:80 > 10.77.0.2:38689 SA ttl=63 id=0 iplen=44  seq=3216063341 win=64240 <mss 1460>\n" +
        done(RTT_60, "1 (40B)", "1 (44B)", "0 (0.00%)"),
      status: 0,
    });
    expect(w.clock - start).toBe(1007);
  });

  it("sends the flags, TTL and source port asked for, and sees the resets", () => {
    expect(
      run(world(), "client", "nping --tcp -p 81 --flags SYN,ACK --ttl 5 -g 4444 -c 2 10.78.0.2").text,
    ).toBe(
      START +
        "SENT (0.0070s) TCP 10.77.0.2:4444 > 10.78.0.2:81 SA ttl=5 id=10782 iplen=40  seq=2111837985 win=1480 \n" +
        "RCVD (0.0071s) TCP 10.78.0.2:81 > 10.77.0.2:4444 R ttl=63 id=0 iplen=40  seq=2676300995 win=0 \n" +
        "SENT (1.0070s) TCP 10.77.0.2:4444 > 10.78.0.2:81 SA ttl=5 id=10782 iplen=40  seq=2111837985 win=1480 \n" +
        "RCVD (1.0071s) TCP 10.78.0.2:81 > 10.77.0.2:4444 R ttl=63 id=0 iplen=40  seq=2676300995 win=0 \n" +
        done(RTT_60, "2 (80B)", "2 (80B)", "0 (0.00%)"),
    );
  });

  it("gets nothing back for a reset, or through a DROP", () => {
    const lost = done(NO_RTT, "1 (40B)", "0 (0B)", "1 (100.00%)");
    expect(run(world(), "client", "nping --tcp -c 1 --flags rst,fin,psh,urg 10.78.0.2").text).toBe(
      `${START}${SYN.replace(" S ", " FRPU ")}${lost}`,
    );
    const dropped = world("iptables -A INPUT -p tcp --dport 80 -j DROP");
    expect(run(dropped, "client", "nping --tcp -c 1 10.78.0.2").text).toBe(`${START}${SYN}${lost}`);
  });

  it("sees the ICMP errors of routers and firewalls", () => {
    expect(run(world(), "client", "nping --tcp -c 1 10.99.0.1").text).toBe(
      START +
        SYN.replace("10.78.0.2", "10.99.0.1") +
        "RCVD (0.0070s) ICMP [10.77.0.1 > 10.77.0.2 Network 10.99.0.1 unreachable (type=3/code=0) ] IP [ttl=64 id=2 iplen=68 ]\n" +
        done(RTT_40, "1 (40B)", "1 (68B)", "0 (0.00%)"),
    );
    const rejecting = world(
      "iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with icmp-host-prohibited",
    );
    expect(run(rejecting, "client", "nping --tcp -c 1 10.78.0.2").text).toBe(
      START +
        SYN +
        "RCVD (0.0071s) ICMP [10.78.0.2 > 10.77.0.2 Destination host 10.78.0.2 administratively prohibited (type=3/code=10) ] IP [ttl=63 id=2 iplen=68 ]\n" +
        done(RTT_60, "1 (40B)", "1 (68B)", "0 (0.00%)"),
    );
  });
});

describe("nping --udp and --icmp", () => {
  it("sees port unreachable, naming the port when the quote holds more than the UDP header", () => {
    expect(run(world(), "client", "nping --udp -p 9999 -c 1 10.78.0.2").text).toBe(
      START +
        "SENT (0.0070s) UDP 10.77.0.2:53 > 10.78.0.2:9999 ttl=64 id=10782 iplen=28 \n" +
        "RCVD (0.0071s) ICMP [10.78.0.2 > 10.77.0.2 Port unreachable (type=3/code=3) ] IP [ttl=63 id=2 iplen=56 ]\n" +
        done(RTT_60, "1 (28B)", "1 (56B)", "0 (0.00%)"),
    );
    expect(run(world(), "client", "nping --udp -c 1 --data-string hello 10.78.0.2").text).toBe(
      START +
        "SENT (0.0070s) UDP 10.77.0.2:53 > 10.78.0.2:40125 ttl=64 id=10782 iplen=33 \n" +
        "RCVD (0.0071s) ICMP [10.78.0.2 > 10.77.0.2 Port 40125 unreachable (type=3/code=3) ] IP [ttl=63 id=2 iplen=61 ]\n" +
        done(RTT_60, "1 (33B)", "1 (61B)", "0 (0.00%)"),
    );
  });

  it("pings, by default too, and sees the router's time exceeded", () => {
    const echo = (seq: number, at: string, id: number) =>
      `SENT (${at}70s) ICMP [10.77.0.2 > 10.78.0.2 Echo request (type=8/code=0) id=5921 seq=${seq}] IP [ttl=64 id=10782 iplen=28 ]\n` +
      `RCVD (${at}71s) ICMP [10.78.0.2 > 10.77.0.2 Echo reply (type=0/code=0) id=5921 seq=${seq}] IP [ttl=63 id=${id} iplen=28 ]\n`;
    expect(run(world(), "client", "nping --icmp -c 2 10.78.0.2").text).toBe(
      START + echo(1, "0.00", 2) + echo(2, "1.00", 4) + done(RTT_60, "2 (56B)", "2 (56B)", "0 (0.00%)"),
    );
    expect(run(world(), "client", "nping -c 1 --ttl 1 10.78.0.2").text).toBe(
      START +
        "SENT (0.0070s) ICMP [10.77.0.2 > 10.78.0.2 Echo request (type=8/code=0) id=5921 seq=1] IP [ttl=1 id=10782 iplen=28 ]\n" +
        "RCVD (0.0070s) ICMP [10.77.0.1 > 10.77.0.2 TTL=0 during transit (type=11/code=0) ] IP [ttl=64 id=2 iplen=56 ]\n" +
        done(RTT_40, "1 (28B)", "1 (56B)", "0 (0.00%)"),
    );
  });
});

describe("nping arguments", () => {
  it.each([
    ["nping --tcp -p 80 -c 1 --flags bogus 10.78.0.2", "Invalid TCP flag supplied: b\n"],
    [
      "nping --tcp -p 80 -c 1 nosuch",
      "Failed to resolve given hostname/IP: nosuch.  Note that you can't use '/mask' AND '1-4,7,100-' style IP ranges\n" +
        "Cannot find a valid target. Please make sure the specified hosts are either IP addresses in standard notation or hostnames that can be resolved with DNS\n",
    ],
    [
      "nping --tcp -p x -c 1 10.78.0.2",
      'Error #485: Your port specifications are illegal.  Example of proper form: "-100,200-1024,3000-4000,60000-"\n',
    ],
    ["nping --tcp -p 70000 -c 1 10.78.0.2", "Ports to be scanned must be between 0 and 65535 inclusive\n"],
    ["nping --ttl 300 -c 1 10.78.0.2", "TTL option must be a number between 0 and 255 (inclusive)\n"],
    ["nping -c x 10.78.0.2", "Packet count must be an integer greater than or equal to 0.\n"],
    ["nping -g x --tcp 10.78.0.2", "Source port must be a number between 0 and 65535 (inclusive)\n"],
    ["nping --tcp", "WARNING: No targets were specified, so 0 hosts pinged.\n"],
    [
      "nping --tcp --udp -c 1 10.78.0.2",
      "Cannot specify more than one probe mode. Choose either UDP or TCP.\n",
    ],
    ["nping --seq 1 10.78.0.2", "nping: option --seq is not supported by the playground\n"],
  ])("%s", (line, text) => {
    expect(run(world(), "client", line)).toEqual({ text, status: 1 });
  });
});
