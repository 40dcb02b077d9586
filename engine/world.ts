import { createRuleset, type Ruleset } from "./netfilter/ruleset";

/** A network namespace: for now its netfilter tables; links, routes and conntrack come with the packet path. */
export interface Netns {
  readonly name: string;
  readonly ruleset: Ruleset;
}

/**
 * Everything a scenario can change. Deterministic: time is a virtual clock and randomness comes from
 * a seeded generator, so a script replays identically in the browser, in Node and in CI.
 */
export interface World {
  readonly netns: Map<string, Netns>;
  /** The scenario's small file system: path → contents (heredocs, `>` redirection, `iptables-restore < f`). */
  readonly files: Map<string, string>;
  /** Virtual wall clock, milliseconds since the Unix epoch; `iptables-save` headers print it. */
  clock: number;
}

/** 2026-11-26 18:00:00 UTC: a fixed start so that dated output replays byte for byte. */
export const WORLD_EPOCH_MS = Date.UTC(2026, 10, 26, 18, 0, 0);

export function createNetns(name: string): Netns {
  return { name, ruleset: createRuleset() };
}
