import { describe, expect, it } from "vitest";
import { runScript } from "../shell";
import { routedWorld, run } from "./test-world";

describe("dmesg", () => {
  it("shows what LOG rules wrote, stamped with the time since boot, only from the host unless nf_log_all_netns", () => {
    const world = routedWorld();
    run(world, "router", "iptables -A INPUT -p icmp -j LOG --log-prefix 'ping: '");
    run(world, "client", "ping -c 1 -q 10.77.0.1");
    expect(run(world, "host", "dmesg").text).toBe("");
    run(world, "host", "sysctl -w net.netfilter.nf_log_all_netns=1");
    run(world, "client", "sleep 2\nping -c 1 -q 10.77.0.1");
    const log = run(world, "host", "dmesg").text;
    expect(log).toMatch(
      /^\[ 3602\.000000\] ping: IN=veth-rc OUT= MAC=\S+ SRC=10\.77\.0\.2 DST=10\.77\.0\.1 LEN=84 TOS=0x00 PREC=0x00 TTL=64 ID=\d+ DF PROTO=ICMP TYPE=8 CODE=0 ID=\d+ SEQ=1 \n$/,
    );
  });

  it("clears the log with -c after printing it, and with -C without", () => {
    const world = routedWorld();
    world.kernelLog.push({ at: world.clock, text: "one" });
    expect(run(world, "host", "dmesg -c").text).toBe("[ 3600.000000] one\n");
    expect(run(world, "host", "dmesg").text).toBe("");
    expect(
      runScript(world, "dmesg -x")[0]
        ?.output.map((c) => c.text)
        .join(""),
    ).toBe("dmesg: invalid option -- 'x'\nTry 'dmesg --help' for more information.\n");
  });
});
