import { interfaces, namedNamespaces, type CompletionContext, type Nested } from "./complete-context";

/** The `ip` objects the playground models, and each one's verbs. */
const IP_VERBS: Readonly<Record<string, readonly string[]>> = {
  address: ["add", "delete", "show"],
  link: ["add", "delete", "set", "show"],
  netns: ["add", "delete", "exec", "list"],
  route: ["add", "delete", "get", "replace", "show"],
};
const IP_OPTIONS = ["-4", "-6", "-brief", "-netns"];
/** Words after which `ip` takes a device name. */
const DEVICE_KEYWORDS = ["dev", "master", "name"];

/** The object a word names, as ip matches it: the first of its table the word is a prefix of. */
const ipObject = (word: string) => Object.keys(IP_VERBS).find((name) => name.startsWith(word));

/** iproute2's words: objects, verbs, devices after `dev`, namespaces, and a command after `netns exec NS`. */
export function completeIp(ctx: CompletionContext): readonly string[] | Nested {
  const previous = ctx.args.at(-1);
  if (previous === "-n" || previous === "-netns") return namedNamespaces(ctx);
  const words = ctx.args.filter((w, i) => !w.startsWith("-") && !["-n", "-netns"].includes(ctx.args[i - 1]!));
  if (words.length === 0) return ctx.current.startsWith("-") ? IP_OPTIONS : Object.keys(IP_VERBS);
  const object = ipObject(words[0]!);
  if (!object) return [];
  const [verb, ...rest] = words.slice(1);
  if (verb === undefined) return IP_VERBS[object]!;
  if (object === "netns") {
    if (!"exec".startsWith(verb) && !"delete".startsWith(verb)) return [];
    if (rest.length === 0) return namedNamespaces(ctx);
    if (!"exec".startsWith(verb)) return [];
    const inner = ctx.args.slice(ctx.args.indexOf(rest[0]!) + 1);
    return { netns: rest[0]!, words: inner };
  }
  if (previous !== undefined && DEVICE_KEYWORDS.includes(previous)) return interfaces(ctx);
  // `ip link set|show|delete DEV`: the device comes first.
  if (object === "link" && rest.length === 0 && verb !== "add") return interfaces(ctx);
  return object === "address" || object === "route" ? ["dev"] : [];
}

/** `tcpdump -i DEV`, where `any` captures on every device. */
export function completeTcpdump(ctx: CompletionContext): readonly string[] {
  const previous = ctx.args.at(-1);
  if (previous === "-i" || previous === "--interface") return [...interfaces(ctx), "any"];
  return ctx.current.startsWith("-") ? ["-c", "-i", "-l", "-n"] : [];
}

/** `ping -I DEV`. */
export function completePing(ctx: CompletionContext): readonly string[] {
  if (ctx.args.at(-1) === "-I") return interfaces(ctx);
  return ctx.current.startsWith("-") ? ["-I", "-W", "-c", "-i", "-n", "-q", "-s", "-t"] : [];
}

/** The conntrack commands and filters the playground models. */
const CONNTRACK_OPTIONS = [
  ...["-C", "-D", "-F", "-L", "-d", "-p", "-q", "-r", "-s"],
  ...["--count", "--delete", "--dump", "--flush", "--dst", "--reply-dst", "--reply-src", "--src"],
  ...["--dport", "--sport", "--state", "--icmp-type", "--icmp-code", "--mark", "--output", "--proto"],
];

export const completeConntrack = (ctx: CompletionContext): readonly string[] =>
  ctx.current.startsWith("-") ? CONNTRACK_OPTIONS : [];
