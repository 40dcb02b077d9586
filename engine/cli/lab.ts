/** `netplay lab`: prints a scenario as a standalone bash script that builds it on a real kernel. */
import { labScript } from "../lab/lab-script";
import { DEFAULT_WORLD, parseWorldName } from "../scenario/worlds";
import type { CliIo } from "./main";

export const LAB_USAGE = "netplay: usage: netplay lab [--world NAME] FILE|-";

export const LAB_HELP = `Usage: netplay lab [--world NAME] FILE|-

Prints a bash script that builds the scenario (FILE, or stdin for -) for real, in network namespaces of
its own on the machine that runs it, and runs its command lines there, printing a transcript as
netplay run does: check the playground against your own kernel with

  netplay lab --world bare FILE > lab.sh && sudo bash lab.sh

The script needs root, iproute2, iptables (nf_tables), conntrack, netcat-openbsd, iputils-ping, curl,
tcpdump and python3. It never touches the machine's own interfaces, routes or firewall, and
everything it made is gone when it ends, fails or is interrupted.

Options:
  --world NAME  the world to start from (default: ${DEFAULT_WORLD})
  -h, --help    show this help
`;

function parseLabArgs(args: readonly string[]): { world: string; file: string } | "help" | undefined {
  let world: string = DEFAULT_WORLD;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--world" && i + 1 < args.length) world = args[++i]!;
    else if (arg.startsWith("--world=")) world = arg.slice("--world=".length);
    else if (file === undefined && (arg === "-" || !arg.startsWith("-"))) file = arg;
    else return undefined;
  }
  return file === undefined ? undefined : { world, file };
}

/**
 * Runs `netplay lab` with the arguments after "lab"; `readScript` reads FILE or says why it cannot
 * (returning the exit status). Returns the exit status.
 */
export function lab(
  args: readonly string[],
  io: CliIo,
  readScript: (file: string) => string | number,
): number {
  const parsed = parseLabArgs(args);
  if (parsed === "help") {
    io.stdout(LAB_HELP);
    return 0;
  }
  if (!parsed) {
    io.stderr(`${LAB_USAGE}\n`);
    return 2;
  }
  const world = parseWorldName(parsed.world);
  if (typeof world !== "string") {
    io.stderr(`${world.error}\n`);
    return 2;
  }
  const script = readScript(parsed.file);
  if (typeof script === "number") return script;
  const lab = labScript(script, { world, source: parsed.file === "-" ? "stdin" : parsed.file });
  if (typeof lab !== "string") {
    io.stderr(`${lab.error}\n`);
    return 2;
  }
  io.stdout(lab);
  return 0;
}
