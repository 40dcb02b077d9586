import { execFileSync } from "node:child_process";
import { inetPton } from "../iptables/address";
import { createWorld } from "../scenario/worlds";
import { runScript } from "../shell";
import { createNet } from "../stack/net";
import { drain } from "../stack/receive";
import { udpSend } from "../stack/udp";
import type { World } from "../world";
import { alternate, figure, missingForPeer, type BenchResult } from "./measure";

const RULES = 10_000;
const PORT = 9999;
const PACKETS = { engine: 3000, kernel: 3000 } as const;

/** INPUT with RULES rules: every one but the last fails on its UDP port, the last accepts. */
export function inputRuleset(rules = RULES): string {
  const lines = ["*filter", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]"];
  for (let i = 1; i < rules; i++) lines.push(`-A INPUT -p udp -m udp --dport ${20000 + i} -j DROP`);
  lines.push(`-A INPUT -p udp -m udp --dport ${PORT} -j ACCEPT`, "COMMIT", "");
  return lines.join("\n");
}

function engineWorld(): World {
  const world = createWorld("empty");
  const [restore] = runScript(world, `iptables-restore <<'EOF'\n${inputRuleset()}EOF\n`);
  if (restore?.status !== 0) throw new Error(`iptables-restore failed: ${JSON.stringify(restore?.output)}`);
  world.netns
    .get("host")!
    .sockets.push({ kind: "listen", proto: 17, addr: 0, port: PORT, owner: "bench", keep: true });
  return world;
}

/** Packets per second through the engine: UDP from 127.0.0.1 to the local listener, untraced or traced. */
function enginePps(world: World, traced: boolean, packets: number): number {
  const host = world.netns.get("host")!;
  const lo = inetPton("127.0.0.1")!;
  const start = process.hrtime.bigint();
  for (let i = 0; i < packets; i++) {
    const net = createNet(world, traced ? [] : undefined);
    udpSend(net, host, { src: lo, sport: 40000, dst: lo, dport: PORT, data: "x" });
    drain(net);
  }
  return packets / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** The same stream sent by a real socket in a throwaway namespace, with the same ruleset loaded. */
const SENDER = `
import socket, sys, time
n = int(sys.argv[1])
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(("127.0.0.1", ${PORT}))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 40000))
t = time.perf_counter()
for _ in range(n): s.sendto(b"x", ("127.0.0.1", ${PORT}))
print(n / (time.perf_counter() - t))
`;

function kernelPps(restore: string, packets: number): number {
  const ns = `np-bench-path-${process.pid}`;
  execFileSync("ip", ["netns", "add", ns]);
  try {
    const inNs = (args: string[], input?: string) =>
      execFileSync("ip", ["netns", "exec", ns, ...args], { input, encoding: "utf8" });
    inNs(["ip", "link", "set", "lo", "up"]);
    inNs([restore], inputRuleset());
    return Number(inNs(["python3", "-c", SENDER, String(packets)]));
  } finally {
    execFileSync("ip", ["netns", "del", ns]);
  }
}

/** §2: the engine's packet rate through a long INPUT chain, beside the kernel's, in alternating rounds. */
export function benchPacketPath(): BenchResult[] {
  const world = engineWorld();
  const fast = () => enginePps(world, false, PACKETS.engine);
  const traced = () => enginePps(world, true, PACKETS.engine / 10);
  const name = (what: string) => `${what}: UDP to a local listener through ${RULES} INPUT rules`;
  const unit = "packets/s";
  const skipped = missingForPeer(["ip", "python3", "iptables-legacy-restore", "iptables-nft-restore"]);
  if (skipped) {
    const [f, t] = alternate([fast, traced]);
    return [
      figure("2", name("engine fast path"), unit, f!, { skipped }),
      figure("2", name("engine full trace"), unit, t!, { skipped }),
    ];
  }
  const [f, t, legacy, nft] = alternate([
    fast,
    traced,
    () => kernelPps("iptables-legacy-restore", PACKETS.kernel),
    () => kernelPps("iptables-nft-restore", PACKETS.kernel),
  ]);
  // Higher is better here, so the ratio is engine / kernel and the target a floor.
  return [
    figure("2", name("engine fast path"), unit, f!, {
      peer: { name: "kernel, iptables-legacy", timed: legacy! },
      target: { op: "≥", bound: 1, on: "ratio" },
    }),
    figure("2", name("engine full trace"), unit, t!, {
      peer: { name: "kernel, iptables-nft", timed: nft! },
      target: { op: "≥", bound: 0.2, on: "ratio" },
    }),
  ];
}
