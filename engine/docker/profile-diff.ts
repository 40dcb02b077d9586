import { parseWorldName } from "../scenario/worlds";
import { runScript, type CommandResult } from "../shell";
import { diffLines, type DiffLine } from "../shell/line-diff";
import type { World } from "../world";
import { createWorldWithDocker } from "./docker-world";
import { PROFILES, type ProfileName } from "./profile";
import { daemonOf } from "./state";

/**
 * One scenario's rules under two Docker versions (`netplay diff`, the Docker tab's comparison): the
 * script runs on a fresh world with each, and each table's `iptables -t TABLE -S` is diffed.
 */

export const DIFF_TABLES = ["raw", "mangle", "nat", "filter"] as const;
export type DiffTable = (typeof DIFF_TABLES)[number];

/** One table's `-S` lines: "-" only under A, "+" only under B, " " under both. */
export interface ProfileTableDiff {
  readonly table: DiffTable;
  readonly lines: readonly DiffLine[];
}

/** A line of the script that failed under one of the two versions only, and what it printed there. */
export interface OneSidedFailure {
  /** The version it failed under, as `dockerd --version` prints it. */
  readonly version: string;
  readonly command: string;
  readonly output: string;
}

export interface ProfileDiff {
  /** A's and B's versions, as `dockerd --version` prints them. */
  readonly versions: readonly [string, string];
  /** Every table of DIFF_TABLES, in that order, with or without a difference. */
  readonly tables: readonly ProfileTableDiff[];
  readonly failures: readonly OneSidedFailure[];
}

interface Run {
  readonly world: World;
  readonly results: readonly CommandResult[];
}

function listing(world: World, table: DiffTable): string[] {
  const [result] = runScript(world, `iptables -t ${table} -S`);
  return (result?.output ?? [])
    .map((chunk) => chunk.text)
    .join("")
    .split("\n")
    .filter(Boolean);
}

/** B's bridge names → A's, matched by network name. */
function bridgeRenames(a: World, b: World): (line: string) => string {
  const names = new Map<string, string>();
  for (const net of daemonOf(b).networks) {
    const same = daemonOf(a).networks.find((n) => n.name === net.name);
    if (same && same.bridge !== net.bridge) names.set(net.bridge, same.bridge);
  }
  return (line) => line.replace(/br-[0-9a-f]{12}/g, (name) => names.get(name) ?? name);
}

function scenarioRun(world: string, profile: ProfileName, script: string): Run | { readonly error: string } {
  const name = parseWorldName(world);
  if (typeof name !== "string") return name;
  const created = createWorldWithDocker(name, profile);
  if ("error" in created) return created;
  return { world: created, results: runScript(created, script) };
}

const printed = (result: CommandResult) => {
  const errors = result.output.filter((chunk) => chunk.fd === 2);
  return (errors.length > 0 ? errors : result.output).map((chunk) => chunk.text).join("");
};

/** The lines that failed in one run and not in the other (both runs read the same script, line by line). */
function oneSidedFailures(runs: readonly [Run, Run], versions: readonly [string, string]): OneSidedFailure[] {
  const [a, b] = runs;
  const failures: OneSidedFailure[] = [];
  for (let i = 0; i < Math.max(a.results.length, b.results.length); i++) {
    const sides = [a.results[i], b.results[i]] as const;
    sides.forEach((result, side) => {
      const other = sides[1 - side];
      if (result && result.status !== 0 && other?.status === 0)
        failures.push({ version: versions[side]!, command: result.command, output: printed(result) });
    });
  }
  return failures;
}

/**
 * `script` run on the preset `world` under Docker A and under Docker B. A user network's bridge is
 * named as in A's run, so that its random id does not show as a difference.
 */
export function profileDiff(
  world: string,
  profiles: readonly [ProfileName, ProfileName],
  script: string,
): ProfileDiff | { readonly error: string } {
  const a = scenarioRun(world, profiles[0], script);
  if ("error" in a) return a;
  const b = scenarioRun(world, profiles[1], script);
  if ("error" in b) return b;
  const versions = [PROFILES[profiles[0]].version, PROFILES[profiles[1]].version] as const;
  const rename = bridgeRenames(a.world, b.world);
  const tables = DIFF_TABLES.map((table) => ({
    table,
    lines: diffLines(listing(a.world, table), listing(b.world, table).map(rename)),
  }));
  return { versions, tables, failures: oneSidedFailures([a, b], versions) };
}
