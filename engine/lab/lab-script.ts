import type { WorldName } from "../scenario/worlds";
import { labItems, type LabItem } from "./items";
import { PRELUDE } from "./prelude";
import { shellQuote } from "./quote";
import { type DockerLine, dockerLines } from "./docker-lines";
import type { StandIn } from "./services";
import { SERVICES_PY } from "./stand-ins";
import { worldSetup, type WorldSetup } from "./world-setup";

export interface LabOptions {
  /** The world preset the scenario starts from, built first. */
  readonly world: WorldName;
  /** Where the scenario came from, for the script's header. */
  readonly source: string;
}

/** The commands the lab needs besides bash and coreutils. */
const TOOLS = "ip iptables iptables-save conntrack xtables-monitor python3 unshare nc ping curl tcpdump";

const header = (options: LabOptions): string => `#!/usr/bin/env bash
# netplay lab: ${options.source} (world: ${options.world}), built for real on this machine's kernel.
# Run it as root (sudo bash FILE); it prints what each command line prints, as \`netplay run\` does.
#
# Safety: everything runs inside \`unshare --net --mount --pid\`. The playground's host is a fresh network
# namespace holding only lo (never this machine's interfaces, routes or firewall); the namespaces the
# scenario names live in a /run/netns private to the lab. When the lab ends, fails or is interrupted,
# its processes are killed and the kernel deletes every namespace it made.
#
# Differences from the playground, on purpose: the world's web and DNS servers are small Python
# programs that answer as the playground's do; a background \`tcpdump\` gets -l and --immediate-mode so
# that what it captured is in its file when the next line reads it; background jobs get half a second
# to start and each later line 0.2 s to let them see its packets; address listings wait for IPv6
# duplicate address detection to finish; bridges send no IGMP reports for link-local groups (their
# random instants would make counters differ by chance).
#
# Docker is not run: each docker line runs the host commands the playground's dockerd ran for it
# (\`netplay expand\`) and prints what the playground's docker printed itself (ids, tables); the
# commands it runs in a container run here as \`ip netns exec\`. The containers' servers and
# docker-proxy are Python stand-ins too.
`;

/** ip's options that take an argument (`-n NETNS`), as ip.c reads them. */
const IP_OPTIONS_WITH_ARG = new Set([
  "-n",
  "-netns",
  "-f",
  "-family",
  "-l",
  "-loops",
  "-rc",
  "-rcvbuf",
  "-b",
  "-batch",
]);
const CHANGES = new Set(["add", "set", "del", "delete", "flush", "change", "replace", "up", "down"]);

/** Whether `words` (from an `ip` on) lists addresses or links: `ip [-n X] a|addr|link [show …]`. */
function ipListsDevices(words: readonly string[]): boolean {
  let i = 1;
  while (words[i]?.startsWith("-")) i += IP_OPTIONS_WITH_ARG.has(words[i]!) ? 2 : 1;
  const object = words[i] ?? "";
  if (!(object && ("address".startsWith(object) || "link".startsWith(object)))) return false;
  return !CHANGES.has(words[i + 1] ?? "");
}

/** An `ip … addr` or `ip … link` listing must wait for the addresses and links to settle. */
const lists = (item: LabItem): boolean => {
  const words = item.text.split(/[\s;|&]+/);
  return words.some((word, i) => word === "ip" && ipListsDevices(words.slice(i)));
};

/** A line that may open TCP connections, whose closing packets can outlive it on the kernel. */
const connects = (item: LabItem): boolean => /(^|[\s;|&])(curl|nc)\s/.test(item.text);

/** A background capture is line-buffered and unbuffered by libpcap, so that its file is up to date. */
const immediateCapture = (source: string): string =>
  source.replace(/(^|[\s;|&])tcpdump(?=\s)/g, "$1tcpdump -l --immediate-mode");

/** The namespaces a line creates, which get a trace monitor in the kernel suite. */
const addedNetns = (source: string): string[] =>
  [...source.matchAll(/\bip\s+netns\s+add\s+([\w.-]+)/g)].map((m) => m[1]!);

/** A heredoc delimiter that no line of `text` equals. */
function delimiter(base: string, text: string): string {
  const lines = new Set(text.split("\n"));
  let name = base;
  while (lines.has(name)) name += "_";
  return name;
}

const startStandIn = (s: StandIn): string =>
  ["netplay_stand_in", s.name, s.netns, s.owner, s.httpPorts, s.dnsPorts, s.tcpPorts, s.relays, s.udpRelays]
    .map((word) => shellQuote(Array.isArray(word) ? word.join(",") : String(word)))
    .join(" ");

function stepLines(item: LabItem, n: number, docker: DockerLine | undefined): string[] {
  const out = [`netplay_step ${n} ${shellQuote(item.text)}`];
  if (lists(item)) out.push("netplay_settle_addresses");
  if (docker) out.push(...docker.stop.map((name) => `netplay_stop_stand_in ${shellQuote(name)}`));
  const run = docker ? docker.body : [item.background ? immediateCapture(item.source) : item.source];
  out.push(...run, `netplay_status ${n}`);
  if (docker) out.push(...docker.start.map(startStandIn));
  else if (item.background) out.push("netplay_started_job");
  if (connects(item)) out.push(`netplay_settle_tcp ${n}`);
  for (const netns of run.flatMap(addedNetns)) out.push(`netplay_monitor ${netns}`);
  return out;
}

/** The body that runs inside the lab's namespaces: helpers, the world, then the scenario line by line. */
function inner(script: string, options: LabOptions, setup: WorldSetup): string {
  const services = delimiter("NETPLAY_SERVICES", SERVICES_PY);
  const lines = [
    PRELUDE.trimEnd(),
    `netplay_services=$(cat <<'${services}'`,
    SERVICES_PY.trimEnd(),
    services,
    ")",
  ];
  lines.push("netplay_monitor host");
  for (const command of setup.commands) {
    lines.push(`netplay_setup ${shellQuote(command)}`);
    for (const netns of addedNetns(command)) lines.push(`netplay_monitor ${netns}`);
  }
  lines.push(...setup.standIns.map(startStandIn));
  lines.push("# The scenario.");
  const docker = dockerLines(options.world, script);
  labItems(script).forEach((item, i) => lines.push(...stepLines(item, i + 1, docker[i])));
  lines.push("netplay_last=$?", '[ "$netplay_jobs" = 0 ] || sleep 0.3', 'exit "$netplay_last"');
  return `${lines.join("\n")}\n`;
}

/**
 * `netplay lab`: a standalone bash script that builds `script`'s world and runs its command lines on
 * the machine's own kernel, in namespaces of its own, printing a transcript like `netplay run`'s.
 */
export function labScript(script: string, options: LabOptions): string | { readonly error: string } {
  const setup = worldSetup(options.world);
  const body = inner(script, options, setup);
  const end = delimiter("NETPLAY_LAB", body);
  return `${header(options)}
if [ "$(id -u)" != 0 ]; then
  echo "netplay lab: needs root, to make network namespaces (try: sudo bash $0)" >&2
  exit 1
fi
for netplay_tool in ${TOOLS}; do
  command -v "$netplay_tool" >/dev/null || { echo "netplay lab: $netplay_tool is not installed" >&2; exit 1; }
done
netplay_lab=$(cat <<'${end}'
${body}${end}
)
exec unshare --net --mount --pid --fork --kill-child=TERM --mount-proc bash -c "$netplay_lab" netplay-lab
`;
}
