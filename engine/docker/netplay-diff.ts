import type { CliIo } from "../cli/main";
import { parseDockerVersion } from "./docker-world";
import type { ProfileName } from "./profile";
import { profileDiff, type ProfileDiff } from "./profile-diff";

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
  // parseDiffArgs takes exactly two versions.
  const diff = profileDiff(parsed.world, profiles as [ProfileName, ProfileName], script);
  if ("error" in diff) {
    io.stderr(`${diff.error}\n`);
    return 2;
  }
  io.stdout(printProfileDiff(diff));
  return 0;
}

/** The diff as `netplay diff` prints it: unified-diff headers, then only the tables that differ. */
function printProfileDiff({ versions, tables }: ProfileDiff): string {
  let out = `--- Docker ${versions[0]}\n+++ Docker ${versions[1]}\n`;
  for (const { table, lines } of tables)
    if (lines.some((l) => l.mark !== " "))
      out += `@@ ${table} @@\n${lines.map((l) => `${l.mark}${l.text}\n`).join("")}`;
  return out;
}
