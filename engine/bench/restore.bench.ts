import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kubeRuleset } from "./kube-ruleset";
import { alternate, timeProcess, type BenchResult } from "./measure";

const RULES = 50_000;

function peerUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return "needs root to make a throwaway network namespace";
  for (const tool of ["ip", "iptables-legacy-restore", "iptables-nft-restore"])
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  return undefined;
}

/**
 * §1: parse and validate a 50,000-rule kube-proxy-like iptables-save file. The engine is the whole
 * `netplay run` process on a script feeding the file to `iptables-restore --test` by heredoc; the peers
 * are the real tools with --test in a throwaway namespace (so the machine's own tables are never read).
 */
export function benchRestore(workDir: string, cli: string): BenchResult[] {
  mkdirSync(workDir, { recursive: true });
  const rules = kubeRuleset(RULES);
  const rulesFile = join(workDir, "kube-50k.v4");
  const script = join(workDir, "kube-50k.sh");
  writeFileSync(rulesFile, rules);
  writeFileSync(script, `iptables-restore --test <<'EOF'\n${rules}EOF\n`);
  const engine = () => timeProcess(process.execPath, [cli, "run", script]);
  const skipped = peerUnavailable();
  const name = `parse + validate ${RULES} rules (iptables-restore --test)`;
  if (skipped) {
    const [e] = alternate([engine]);
    return [{ name, unit: "s", value: e!.median, min: e!.min, max: e!.max, skipped }];
  }
  const ns = `npbench${process.pid}`;
  execFileSync("ip", ["netns", "add", ns]);
  try {
    const input = readFileSync(rulesFile);
    const peer = (tool: string) => () => timeProcess("ip", ["netns", "exec", ns, tool, "--test"], { input });
    const [e, legacy, nft, nsExec] = alternate([
      engine,
      peer("iptables-legacy-restore"),
      peer("iptables-nft-restore"),
      () => timeProcess("ip", ["netns", "exec", ns, "true"]),
    ]);
    const against = (peerName: string, p: typeof legacy, target?: string): BenchResult => ({
      name: `${name} vs ${peerName}`,
      unit: "s",
      value: e!.median,
      min: e!.min,
      max: e!.max,
      peer: { name: peerName, value: p!.median, min: p!.min, max: p!.max },
      ratio: e!.median / p!.median,
      ...(target ? { target } : {}),
    });
    return [
      against("iptables-legacy-restore --test", legacy, "≤ 1.0×"),
      against("iptables-nft-restore --test", nft),
      {
        name: "ip netns exec overhead (included in the peers' times)",
        unit: "s",
        value: nsExec!.median,
        min: nsExec!.min,
        max: nsExec!.max,
      },
    ];
  } finally {
    execFileSync("ip", ["netns", "del", ns]);
  }
}
