import { diffLines } from "../shell/line-diff";
import type { CliIo } from "../cli/main";
import { parseWorldName } from "../scenario/worlds";
import { runScript } from "../shell";
import type { World } from "../world";
import { createWorldWithDocker, parseDockerVersion } from "./docker-world";
import { PROFILES, type ProfileName } from "./profile";
import { daemonOf } from "./state";

/** `netplay diff`: one scenario's rules under two Docker versions, as a diff of `iptables -S`. */

export const DIFF_USAGE = "netplay: usage: netplay diff [--world NAME] --docker A --docker B FILE|-";

export const DIFF_HELP = `Usage: netplay diff [--world NAME] --docker A --docker B FILE|-

Runs the script (FILE, or stdin for -) twice, once with each Docker version (20.10, 28 or 29), and
prints the difference between the rules each left, table by table, as \`iptables -t TABLE -S\`
prints them: "-" for a rule only A has, "+" for one only B has, " " for one both have. A user
network's bridge is named as in A's run, so that its random id does not show as a difference.

Options:
  --world NAME   the world to start from (default: docker, where dockerd already runs)
  --docker A|B   the two Docker versions to compare
  -h, --help     show this help
`;

const TABLES = ["raw", "mangle", "nat", "filter"] as const;

interface DiffArgs {
  readonly world: string;
  readonly versions: readonly string[];
  readonly file: string;
}

function parseDiffArgs(args: readonly string[]): DiffArgs | "help" | undefined {
  let world = "docker";
  const versions: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--world" && i + 1 < args.length) world = args[++i]!;
    else if (arg.startsWith("--world=")) world = arg.slice("--world=".length);
    else if (arg === "--docker" && i + 1 < args.length) versions.push(args[++i]!);
    else if (arg.startsWith("--docker=")) versions.push(arg.slice("--docker=".length));
    else if (file === undefined && (arg === "-" || !arg.startsWith("-"))) file = arg;
    else return undefined;
  }
  return file === undefined || versions.length !== 2 ? undefined : { world, versions, file };
}

function listing(world: World, table: string): string[] {
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

function scenarioWorld(
  world: string,
  profile: ProfileName,
  script: string,
): World | { readonly error: string } {
  const name = parseWorldName(world);
  if (typeof name !== "string") return name;
  const created = createWorldWithDocker(name, profile);
  if ("error" in created) return created;
  runScript(created, script);
  return created;
}

/** Runs `netplay diff` with the arguments after "diff"; returns the exit status. */
export function netplayDiff(
  args: readonly string[],
  io: CliIo,
  readScript: (file: string) => string | number,
): number {
  const parsed = parseDiffArgs(args);
  if (parsed === "help") {
    io.stdout(DIFF_HELP);
    return 0;
  }
  if (!parsed) {
    io.stderr(`${DIFF_USAGE}\n`);
    return 2;
  }
  const profiles: ProfileName[] = [];
  for (const text of parsed.versions) {
    const profile = parseDockerVersion(text);
    if (typeof profile !== "string") {
      io.stderr(`${profile.error}\n`);
      return 2;
    }
    profiles.push(profile);
  }
  const script = readScript(parsed.file);
  if (typeof script === "number") return script;
  const worlds: World[] = [];
  for (const profile of profiles) {
    const world = scenarioWorld(parsed.world, profile, script);
    if ("error" in world) {
      io.stderr(`${world.error}\n`);
      return 2;
    }
    worlds.push(world);
  }
  const [a, b] = worlds as [World, World];
  const rename = bridgeRenames(a, b);
  let out = `--- Docker ${PROFILES[profiles[0]!].version}\n+++ Docker ${PROFILES[profiles[1]!].version}\n`;
  for (const table of TABLES) {
    const lines = diffLines(listing(a, table), listing(b, table).map(rename)).map(
      (l) => `${l.mark}${l.text}`,
    );
    if (lines.some((l) => !l.startsWith(" ")))
      out += `@@ ${table} @@\n${lines.map((l) => `${l}\n`).join("")}`;
  }
  io.stdout(out);
  return 0;
}
