import type { NetnsView, WorldView } from "../view/types";

/** What a command's completion function may look at: the world's picture and the shell's namespace. */
export interface CompletionContext {
  readonly view: WorldView;
  /** The namespace the command would run in. */
  readonly netns: string;
  /** The words after the command name, before the word being completed. */
  readonly args: readonly string[];
  /** The word being completed, up to the cursor. */
  readonly current: string;
}

/**
 * Every word that may stand where the cursor is (the caller keeps those starting with the typed part),
 * or a command line to complete instead, for commands that run another (`ip netns exec NS CMD …`).
 */
export type Completer = (ctx: CompletionContext) => readonly string[] | Nested;

export interface Nested {
  readonly netns: string;
  /** The inner command's words before the one being completed. */
  readonly words: readonly string[];
}

const netnsOf = (ctx: CompletionContext, name = ctx.netns): NetnsView | undefined =>
  ctx.view.namespaces.find((ns) => ns.name === name);

/** The namespace's network devices, by ifindex. */
export const interfaces = (ctx: CompletionContext, netns?: string): string[] =>
  netnsOf(ctx, netns)?.links.map((link) => link.name) ?? [];

/** The chains of one of the namespace's tables: built-ins by hook, then user chains. */
export function chains(ctx: CompletionContext, table: string, userOnly = false): string[] {
  const view = netnsOf(ctx)?.tables.find((t) => t.name === table);
  return view?.chains.filter((c) => !userOnly || c.hook === undefined).map((c) => c.name) ?? [];
}

export const tables = (ctx: CompletionContext): string[] => netnsOf(ctx)?.tables.map((t) => t.name) ?? [];

/** Containers by name; `running` keeps those whose processes run. */
export function containers(ctx: CompletionContext, state?: "running" | "stopped"): string[] {
  const all = ctx.view.docker?.containers ?? [];
  return all
    .filter((c) => state === undefined || (state === "running") === (c.state === "running"))
    .map((c) => c.name);
}

export const networks = (ctx: CompletionContext): string[] =>
  ctx.view.docker?.networks.map((n) => n.name) ?? [];

/** The namespaces `ip netns list` shows: every one but the host's own. */
export const namedNamespaces = (ctx: CompletionContext): string[] =>
  ctx.view.namespaces.map((ns) => ns.name).filter((name) => name !== "host");

/** The namespace a container's processes run in, if it runs. */
export const containerNetns = (ctx: CompletionContext, name: string): string | undefined =>
  ctx.view.docker?.containers.find((c) => c.name === name && c.state === "running")?.netns;

/** The argument after the last of `options` in the words so far. */
export function optionValue(args: readonly string[], options: readonly string[]): string | undefined {
  for (let i = args.length - 2; i >= 0; i--) if (options.includes(args[i]!)) return args[i + 1];
  return undefined;
}
