import type { WorldView } from "../view/types";
import type { Completer, CompletionContext } from "./complete-context";
import { completeDocker } from "./complete-docker";
import { completeIptables } from "./complete-iptables";
import { completeConntrack, completeIp, completePing, completeTcpdump } from "./complete-tools";
import { commandWords } from "./complete-words";
import { commands } from "./registry";

/** What Tab offers: the candidates for the word that starts at `from` and ends at the cursor. */
export interface Completion {
  readonly from: number;
  /** Sorted, each starting with the word typed so far; one alone completes it. */
  readonly candidates: readonly string[];
}

/** Each command's completion, like the bash-completion scripts shipped with the real tools. */
const COMPLETERS: Readonly<Record<string, Completer>> = {
  iptables: completeIptables,
  "iptables-nft": completeIptables,
  docker: completeDocker,
  ip: completeIp,
  tcpdump: completeTcpdump,
  ping: completePing,
  conntrack: completeConntrack,
};

/**
 * Completes the word before `cursor` in `line`, typed in the shell of `netns`: command names first,
 * then each command's options, chains, tables, targets, devices, containers, networks, namespaces.
 */
export function complete(view: WorldView, line: string, cursor: number, netns: string): Completion {
  const { words, current, from, redirect } = commandWords(line.slice(0, cursor));
  const candidates = redirect ? [] : wordsFor(view, netns, words, current);
  return { from, candidates: [...new Set(candidates.filter((c) => c.startsWith(current)))].sort() };
}

function wordsFor(
  view: WorldView,
  netns: string,
  words: readonly string[],
  current: string,
): readonly string[] {
  const [name, ...args] = words[0] === "sudo" ? words.slice(1) : words;
  if (name === undefined) return [...commands.keys()];
  const completer = COMPLETERS[name];
  if (!completer) return [];
  const ctx: CompletionContext = { view, netns, args, current };
  const result = completer(ctx);
  return "netns" in result ? wordsFor(view, result.netns, result.words, current) : result;
}
