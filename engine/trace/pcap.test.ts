import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript, splitOutput } from "../shell";
import { captureAll } from "../view";
import type { CaptureLine } from "../view";
import { pcapFile } from "./pcap";

/** TCP (an HTTP exchange), UDP (DNS), ICMP echo and ICMP errors (port unreachable, a REJECT). */
const SCRIPT = `curl -s http://198.18.5.130/ > /dev/null
nc -u -w 1 192.168.31.1 53 <<< query
nc -u -w 1 192.168.31.1 9999 <<< nobody
ping -c 2 192.168.31.50
ip netns exec laptop iptables -A INPUT -p tcp --dport 22 -j REJECT
nc -w 1 192.168.31.50 22 <<< hi
ping -c 1 127.0.0.1`;

function captured(): CaptureLine[] {
  const world = createWorld("bare");
  const capture = captureAll(world);
  runScript(world, SCRIPT);
  return capture.stop().filter((line) => line.netns === "host");
}

describe("pcap", () => {
  const lines = captured();
  const devices = ["eth0", "lo"];

  it("writes a classic libpcap header: magic a1b2c3d4, v2.4, LINKTYPE_ETHERNET", () => {
    const file = pcapFile([]);
    expect([...file]).toEqual([
      0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 1, 0, 0, 0,
    ]);
  });

  it("captures every kind of packet on the host's devices", () => {
    expect(devices.map((dev) => lines.filter((l) => l.dev === dev).length > 0)).toEqual([true, true]);
    expect(lines.some((l) => / ICMP .* udp port 9999 unreachable/.test(l.line))).toBe(true);
    expect(lines.some((l) => / UDP, length /.test(l.line))).toBe(true);
    expect(lines.some((l) => /Flags \[S\]/.test(l.line))).toBe(true);
  });

  const tcpdump = spawnSync("tcpdump", ["--version"]);
  describe.runIf(tcpdump.status === 0)("read back by the real tcpdump -r FILE -n", () => {
    const dir = mkdtempSync(join(tmpdir(), "netplay-pcap-"));
    it.each(devices)("prints the engine's own lines for %s, checksums valid", (dev) => {
      const mine = lines.filter((l) => l.dev === dev);
      const file = join(dir, `${dev}.pcap`);
      writeFileSync(file, pcapFile(mine));
      const read = spawnSync("tcpdump", ["-r", file, "-n"], {
        encoding: "utf8",
        env: { ...process.env, TZ: "UTC" },
      });
      expect(read.status, read.stderr).toBe(0);
      expect(read.stdout).toBe(mine.map((l) => `${l.line}\n`).join(""));
      // -v checks each checksum and prints "incorrect" for a wrong one.
      const verbose = spawnSync("tcpdump", ["-r", file, "-n", "-v"], { encoding: "utf8" });
      expect(verbose.stdout).not.toMatch(/incorrect|bad cksum|wrong/);
    });

    it("reads what `tcpdump -w FILE` wrote into the scenario's files as the lines tcpdump printed", () => {
      const world = createWorld("bare");
      const [printer, writer, ...rest] = runScript(
        world,
        `tcpdump -n -i eth0 &\ntcpdump -i eth0 -w cap.pcap &\n${SCRIPT}`,
      );
      expect(splitOutput(writer!.output).stderr).toBe(
        "tcpdump: listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n",
      );
      const printed = [printer!, writer!, ...rest].map((r) => splitOutput(r.output).stdout).join("");
      const file = join(dir, "written.pcap");
      writeFileSync(file, Buffer.from(world.files.get("cap.pcap")!, "latin1"));
      const read = spawnSync("tcpdump", ["-r", file, "-n"], {
        encoding: "utf8",
        env: { ...process.env, TZ: "UTC" },
      });
      expect(read.stdout).toBe(
        printed
          .split("\n")
          .filter((l) => /^\d\d:/.test(l))
          .map((l) => `${l}\n`)
          .join(""),
      );
    });
  });
});
