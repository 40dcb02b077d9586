import {
  containerNetns,
  containers,
  networks,
  type CompletionContext,
  type Nested,
} from "./complete-context";

/** The docker subcommands the playground models. */
const SUBCOMMANDS = [
  "compose",
  "exec",
  "inspect",
  "network",
  "port",
  "ps",
  "rm",
  "run",
  "start",
  "stop",
  "version",
];
const NETWORK_SUBCOMMANDS = ["connect", "create", "disconnect", "inspect", "ls", "rm"];
const COMPOSE_SUBCOMMANDS = ["down", "ps", "up"];
/** `docker run`'s flags as the playground parses them. */
const RUN_OPTIONS = [
  "--detach",
  "--env",
  "--hostname",
  "--interactive",
  "--ip",
  "--label",
  "--name",
  "--net",
  "--network",
  "--publish",
  "--restart",
  "--rm",
  "--tty",
  "--volume",
];
/** Options that take the next word as their value. */
const VALUED = [
  ..."ehlpvf".split("").map((c) => `-${c}`),
  ...["env", "hostname", "ip", "label", "name", "net", "network", "publish", "restart", "volume"],
  ...["file", "subnet", "gateway", "driver", "project-name"],
].map((o) => (o.startsWith("-") ? o : `--${o}`));

/** Positional words after the subcommand, options and their values left out. */
function positionals(args: readonly string[]): string[] {
  return args.filter((word, i) => !word.startsWith("-") && !VALUED.includes(args[i - 1] ?? ""));
}

/** Which containers a subcommand acts on. */
const TARGETS: Readonly<Record<string, "running" | "stopped" | undefined>> = {
  exec: "running",
  inspect: undefined,
  port: "running",
  rm: undefined,
  start: "stopped",
  stop: "running",
};

/** docker's words: subcommands, then containers or networks, and a container's command after `exec NAME`. */
export function completeDocker(ctx: CompletionContext): readonly string[] | Nested {
  const [sub, ...rest] = ctx.args;
  if (sub === undefined) return SUBCOMMANDS;
  const previous = rest.at(-1) ?? "";
  const words = positionals(rest);
  if (sub === "run" && (previous === "--network" || previous === "--net")) return networks(ctx);
  if (VALUED.includes(previous)) return [];
  if (sub === "exec" && words.length > 0) {
    const netns = containerNetns(ctx, words[0]!);
    const command = rest.slice(rest.indexOf(words[0]!) + 1);
    return netns ? { netns, words: command } : [];
  }
  if (sub in TARGETS) return ctx.current.startsWith("-") ? [] : containers(ctx, TARGETS[sub]);
  if (sub === "run") return ctx.current.startsWith("-") ? RUN_OPTIONS : [];
  if (sub === "network") return completeNetwork(ctx, words);
  if (sub === "compose") return words.length === 0 ? COMPOSE_SUBCOMMANDS : [];
  return [];
}

function completeNetwork(ctx: CompletionContext, words: readonly string[]): readonly string[] {
  const [verb, ...names] = words;
  if (verb === undefined) return NETWORK_SUBCOMMANDS;
  if (verb === "rm" || verb === "inspect") return networks(ctx);
  if (verb === "connect" || verb === "disconnect")
    return names.length === 0 ? networks(ctx) : containers(ctx);
  return [];
}
