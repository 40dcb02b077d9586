import { spawnSync } from "node:child_process";

const TOOLS = [
  "ip",
  "iptables",
  "iptables-save",
  "conntrack",
  "xtables-monitor",
  "python3",
  "unshare",
  "nc",
  "ping",
  "curl",
  "tcpdump",
  "stdbuf",
];

/** Why the suite cannot run here (not root, a tool missing), or undefined when it can. */
export function cannotRun(): string | undefined {
  if (process.getuid?.() !== 0) return "it needs root, to make network namespaces";
  const missing = TOOLS.filter((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0);
  if (missing.length) return `missing ${missing.join(", ")}`;
  if (!/\(nf_tables\)/.test(spawnSync("iptables", ["-V"], { encoding: "utf8" }).stdout ?? ""))
    return "iptables is not the nf_tables variant";
  return undefined;
}

/** CI must run the suite: there, not being able to is a failure rather than a skip. */
export const mustRun = (): boolean => process.env.CI === "true" || process.env.CI === "1";
