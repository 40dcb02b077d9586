// Line formats recorded from tcpdump 4.99.3 (Debian 12, TZ=UTC) on a veth pair in throwaway
// namespaces. What differs from the recording is what the packet model decides: addresses, ports,
// initial sequence numbers, the window (the model's 64240 throughout), and the timestamps' clock.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { routedWorld, run } from "../tools/test-world";
import { tcpdumpText } from "./tcpdump-text";

const BANNER = (dev: string) => tcpdumpText.banner(dev);
const SUMMARY = (n: number) =>
  `${n} packets captured\n${n} packets received by filter\n0 packets dropped by kernel\n`;
const PING = (dst: string, ttl: number, time: string) =>
  `PING ${dst} (${dst}) 56(84) bytes of data.\n64 bytes from ${dst}: icmp_seq=1 ttl=${ttl} time=${time} ms\n\n--- ${dst} ping statistics ---\n` +
  `1 packets transmitted, 1 received, 0% packet loss, time 0ms\nrtt min/avg/max/mdev = ${time}/${time}/${time}/0.000 ms\n`;

describe("tcpdump", () => {
  it("prints its banner, then each packet after the command that sent it, and stops after -c N", () => {
    const world = routedWorld();
    expect(
      run(
        world,
        "router",
        "tcpdump -n -i veth-rs -c 2 &\nip netns exec client ping -c 1 10.78.0.2\nip netns exec client ping -c 1 10.78.0.2",
      ).text,
    ).toBe(
      BANNER("veth-rs") +
        PING("10.78.0.2", 63, "0.060") +
        "18:00:00.000000 IP 10.77.0.2 > 10.78.0.2: ICMP echo request, id 10782, seq 1, length 64\n" +
        "18:00:00.000000 IP 10.78.0.2 > 10.77.0.2: ICMP echo reply, id 10782, seq 1, length 64\n" +
        SUMMARY(2) +
        PING("10.78.0.2", 63, "0.060"),
    );
    expect(world.taps).toEqual([]);
  });

  it("prints TCP with options, relative numbers after the handshake, HTTP's request line, and resets", () => {
    const world = routedWorld();
    const script =
      "tcpdump -ni veth-rs tcp &\nip netns exec server nc -l -p 80 &\necho 'GET / HTTP/1.0' | ip netns exec client nc -q0 10.78.0.2 80\nip netns exec client nc -w1 10.78.0.2 81";
    const at = "18:00:00.000000 IP ";
    const client = "10.77.0.2.40398 > 10.78.0.2.80";
    const server = "10.78.0.2.80 > 10.77.0.2.40398";
    const clientTs = "TS val 1385828016 ecr 387324337";
    const serverTs = "TS val 387324337 ecr 1385828016";
    expect(run(world, "router", script).text).toBe(
      BANNER("veth-rs") +
        `${at}${client}: Flags [S], seq 2111837985, win 64240, options [mss 1460,sackOK,TS val 1385828016 ecr 0,nop,wscale 7], length 0\n` +
        `${at}${server}: Flags [S.], seq 2676300995, ack 2111837986, win 65160, options [mss 1460,sackOK,${serverTs},nop,wscale 7], length 0\n` +
        `${at}${client}: Flags [.], ack 1, win 502, options [nop,nop,${clientTs}], length 0\n` +
        `${at}${client}: Flags [P.], seq 1:16, ack 1, win 502, options [nop,nop,${clientTs}], length 15: HTTP: GET / HTTP/1.0\n` +
        "GET / HTTP/1.0\n" +
        `${at}${server}: Flags [.], ack 16, win 509, options [nop,nop,${serverTs}], length 0\n` +
        `${at}${client}: Flags [F.], seq 16, ack 1, win 502, options [nop,nop,${clientTs}], length 0\n` +
        `${at}${server}: Flags [F.], seq 1, ack 17, win 509, options [nop,nop,${serverTs}], length 0\n` +
        `${at}${client}: Flags [.], ack 2, win 502, options [nop,nop,${clientTs}], length 0\n` +
        `${at}10.77.0.2.47829 > 10.78.0.2.81: Flags [S], seq 2202416995, win 64240, options [mss 1460,sackOK,TS val 1385828016 ecr 0,nop,wscale 7], length 0\n` +
        `${at}10.78.0.2.81 > 10.77.0.2.47829: Flags [R.], seq 0, ack 2202416996, win 0, length 0\n`,
    );
  });

  it("prints UDP and the ICMP error about it, and filters by expression", () => {
    const world = routedWorld();
    const script =
      "tcpdump -n -i veth-rc udp or icmp and not dst port 7 &\necho x | ip netns exec client nc -u -w1 10.78.0.2 9";
    expect(run(world, "router", script).text).toBe(
      BANNER("veth-rc") +
        "18:00:00.000000 IP 10.77.0.2.40398 > 10.78.0.2.9: UDP, length 2\n" +
        "18:00:00.000000 IP 10.78.0.2 > 10.77.0.2: ICMP 10.78.0.2 udp port 9 unreachable, length 38\n",
    );
  });

  it("shows a packet on lo once, and names 127.0.0.1 and ports without -n", () => {
    const world = createWorld("empty");
    expect(run(world, "host", "tcpdump -i lo -c 3 &\nping -c 1 127.0.0.1\nnc -w1 127.0.0.1 80").text).toBe(
      BANNER("lo") +
        PING("127.0.0.1", 64, "0.040") +
        "18:00:00.000000 IP localhost > localhost: ICMP echo request, id 38053, seq 1, length 64\n" +
        "18:00:00.000000 IP localhost > localhost: ICMP echo reply, id 38053, seq 1, length 64\n" +
        "18:00:00.000000 IP localhost.51347 > localhost.http: Flags [S], seq 2818464981, win 64240, options [mss 1460,sackOK,TS val 2158033096 ecr 0,nop,wscale 7], length 0\n" +
        SUMMARY(3),
    );
  });

  it("takes the first device that is up when -i is not given", () => {
    expect(run(routedWorld(), "client", "tcpdump").text).toBe(BANNER("veth-c"));
  });

  it.each([
    ["tcpdump -i eth9", "tcpdump: eth9: No such device exists\n(No such device exists)\n"],
    ["tcpdump -c 0 -i lo", "tcpdump: invalid packet count 0\n"],
    ["tcpdump -i lo -c x", "tcpdump: invalid packet count x\n"],
    ["tcpdump -i lo -c", `tcpdump: option requires an argument -- 'c'\n${tcpdumpText.usage}`],
    ["tcpdump -i lo -Y", tcpdumpText.usage],
    ["tcpdump -i lo foo", "tcpdump: can't parse filter expression: syntax error\n"],
    ["tcpdump -i lo tcp and", "tcpdump: can't parse filter expression: syntax error\n"],
    ["tcpdump -i lo '(' tcp", "tcpdump: can't parse filter expression: syntax error\n"],
    ["tcpdump -i lo port 99999", "tcpdump: illegal port number 99999 > 65535\n"],
    ["tcpdump -i lo port foo", "tcpdump: unknown port 'foo'\n"],
    ["tcpdump -i lo host foo", "tcpdump: unknown host 'foo'\n"],
    ["tcpdump -i lo tcp host 1.2.3.4", "tcpdump: 'tcp' modifier applied to host\n"],
    ["tcpdump -i lo net 10.0.0.1/24", 'tcpdump: non-network bits set in "10.0.0.1/24"\n'],
  ])("refuses %s as tcpdump does", (line, text) => {
    const world = createWorld("empty");
    expect(run(world, "host", line)).toEqual({ text, status: 1 });
    expect(world.taps).toEqual([]);
  });

  it("refuses a device that is down", () => {
    expect(run(createWorld("empty"), "host", "ip link set lo down\ntcpdump -i lo")).toEqual({
      text: "tcpdump: lo: That device is not up\n",
      status: 1,
    });
  });

  it("accepts the filter forms it knows", () => {
    const world = createWorld("empty");
    const lines = [
      "port http",
      "tcp dst port 80",
      "src 127.0.0.1 && ( udp || icmp )",
      "! host localhost",
      "net 127.0.0.0/8",
      "dst host 127.0.0.1 or src net 10.0.0.0/8",
    ];
    for (const filter of lines)
      expect(run(world, "host", `tcpdump -i lo '${filter}'`)).toEqual({ text: BANNER("lo"), status: 0 });
  });
});
