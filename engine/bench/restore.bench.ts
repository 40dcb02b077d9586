import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kubeRuleset } from "./kube-ruleset";
import { alternate, figure, missingForPeer, timeProcess, type BenchResult } from "./measure";

const RULES = 50_000;

/**
 * §1: parse and validate a 50,000-rule kube-proxy-like iptables-save file. The engine is the whole
 * process of the bin (dist-cli/netplay.cjs) running `netplay run --world empty` (a fresh namespace,
 * as the peers get) on a script feeding the file to `iptables-restore --test` by heredoc; the peers
 * are the real tools with --test in a throwaway namespace (so the machine's own tables are never read).
 */
export function benchRestore(workDir: string, cli: string): BenchResult[] {
  mkdirSync(workDir, { recursive: true });
  const rules = kubeRuleset(RULES);
  const rulesFile = join(workDir, "kube-50k.v4");
  const script = join(workDir, "kube-50k.sh");
  writeFileSync(rulesFile, rules);
  writeFileSync(script, `iptables-restore --test <<'EOF'\n${rules}EOF\n`);
  // The bin as a user runs it (`netplay run …`): as a program, so that it starts Node its own way.
  const engine = () => timeProcess(cli, ["run", "--world", "empty", script]);
  const skipped = missingForPeer(["ip", "iptables-legacy-restore", "iptables-nft-restore"]);
  const name = `parse + validate ${RULES} rules (iptables-restore --test)`;
  if (skipped) return [figure("1", name, "s", alternate([engine])[0]!, { skipped })];
  const ns = `np-bench-restore-${process.pid}`;
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
    const against = (tool: string, timed: typeof legacy) => ({
      peer: { name: `${tool} --test`, timed: timed! },
    });
    return [
      figure("1", name, "s", e!, {
        ...against("iptables-legacy-restore", legacy),
        target: { op: "≤", bound: 1, on: "ratio" },
      }),
      figure("1", name, "s", e!, against("iptables-nft-restore", nft)),
      figure("1", "ip netns exec overhead (included in the peers' times)", "s", nsExec!),
    ];
  } finally {
    execFileSync("ip", ["netns", "del", ns]);
  }
}
