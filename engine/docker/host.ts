import { runArgv } from "../shell/run-argv";
import type { World } from "../world";
import type { Daemon, Step } from "./state";

/** A rule Docker added and will delete again: `iptables -t TABLE -D CHAIN SPEC…`. */
export interface RuleRef {
  readonly table: string;
  readonly chain: string;
  readonly spec: readonly string[];
}

/** A host command Docker ran that failed: a bug, or a user who removed what Docker relies on. */
export class HostCommandError extends Error {}

/**
 * The host as dockerd drives it: every change is a command line (`ip …`, `sysctl -w …`, `iptables …`)
 * run through the playground's own commands and recorded in order, so that `netplay expand` can
 * print what a Docker command amounted to and the kernel tests can replay it on Linux.
 */
export class Host {
  constructor(
    readonly world: World,
    readonly daemon: Daemon,
  ) {}

  /** Runs one command line in `netns` and records it; a failure stops the Docker action. */
  run(argv: readonly string[], netns = "host"): void {
    const step: Step = { netns, argv };
    this.daemon.steps.push(step);
    const { status, stderr } = this.query(argv, netns);
    if (status !== 0) throw new HostCommandError(`${argv.join(" ")}: ${stderr.trim()}`);
  }

  /** Runs a change dockerd makes through netlink (a quiet step): its output and status do not count. */
  runQuiet(argv: readonly string[]): void {
    this.daemon.steps.push({ netns: "host", argv, quiet: true });
    this.query(argv);
  }

  /** Records a command a container runs (`docker exec`), which its caller runs itself. */
  record(netns: string, argv: readonly string[], background = false): void {
    this.daemon.steps.push(background ? { netns, argv, background } : { netns, argv });
  }

  /** Records a process dockerd starts beside itself (docker-proxy), which the daemon models in-process. */
  spawn(argv: readonly string[]): void {
    this.daemon.steps.push({ netns: "host", argv, daemon: true });
  }

  /** Runs a command that only reads (`iptables -C`), unrecorded. */
  query(argv: readonly string[], netns = "host"): { status: number; stdout: string; stderr: string } {
    let stdout = "";
    let stderr = "";
    const target = this.world.netns.get(netns);
    if (!target) return { status: 1, stdout, stderr: `no namespace ${netns}` };
    const status = runArgv({
      world: this.world,
      netns: target,
      argv,
      stdin: "",
      stdout: { write: (text) => void (stdout += text) },
      stderr: { write: (text) => void (stderr += text) },
    });
    return { status, stdout, stderr };
  }

  ip(...args: string[]): void {
    this.run(["ip", ...args]);
  }

  sysctl(key: string, value: string): void {
    this.run(["sysctl", "-w", `${key}=${value}`]);
  }

  sysctlValue(key: string): string {
    return this.query(["sysctl", "-n", key]).stdout.trim();
  }

  iptables(table: string, ...args: string[]): void {
    this.run(["iptables", "-t", table, ...args]);
  }

  ruleExists(rule: RuleRef): boolean {
    return this.query(["iptables", "-t", rule.table, "-C", rule.chain, ...rule.spec]).status === 0;
  }

  chainExists(table: string, chain: string): boolean {
    return this.query(["iptables", "-t", table, "-S", chain]).status === 0;
  }

  /** `-I` (or `-A`) one rule and remember it in `owned`, to delete it with the thing it serves. */
  add(owned: RuleRef[], at: "-I" | "-A", table: string, chain: string, spec: string): void {
    const rule = { table, chain, spec: spec.split(" ") };
    this.iptables(table, at, chain, ...rule.spec);
    owned.push(rule);
  }

  /** Appends a shared rule unless it is there already (Docker's "if not already present"). */
  ensure(table: string, chain: string, spec: string): void {
    const rule = { table, chain, spec: spec.split(" ") };
    if (!this.ruleExists(rule)) this.iptables(table, "-A", chain, ...rule.spec);
  }

  newChain(table: string, chain: string): void {
    if (!this.chainExists(table, chain)) this.iptables(table, "-N", chain);
  }

  /** EnsureJumpRule: delete the jump if present, then insert it at the top. */
  jumpToTop(table: string, chain: string, target: string): void {
    const rule = { table, chain, spec: ["-j", target] };
    if (this.ruleExists(rule)) this.iptables(table, "-D", chain, "-j", target);
    this.iptables(table, "-I", chain, "-j", target);
  }

  /** Deletes owned rules, newest first; ones the user already removed are skipped as Docker does. */
  remove(owned: readonly RuleRef[]): void {
    for (const rule of [...owned].reverse())
      if (this.ruleExists(rule)) this.iptables(rule.table, "-D", rule.chain, ...rule.spec);
  }
}
