import { startDaemon, setDockerProfile } from "../docker/daemon";
import type { ProfileName } from "../docker/profile";
import { DEFAULT_OPTIONS } from "../docker/state";
import { makeNetns } from "../netdev/namespace";
import { setLinkUp } from "../netdev/updown";
import { runScript } from "../shell/script";
import { createWorldState, type World } from "../world";
import { BARE_SCRIPT, startBareServices } from "./bare";

/** One namespace, `host` (the root namespace of a booted machine: lo up), empty tables, no files. */
function emptyWorld(): World {
  const world = createWorldState();
  const host = makeNetns(world, "host");
  const lo = host.links.get("lo");
  if (lo) setLinkUp(world, lo);
  // Only the initial namespace has this switch: may other namespaces' LOG rules write to the log?
  host.sysctl.set("net.netfilter.nf_log_all_netns", "0");
  return world;
}

/** The article's host on its LAN, with a router to the internet: built by replaying BARE_SCRIPT. */
function bareWorld(): World {
  const world = emptyWorld();
  const failed = runScript(world, BARE_SCRIPT).find((result) => result.status !== 0);
  if (failed)
    throw new Error(`world "bare": ${failed.command} failed: ${failed.output.map((c) => c.text).join("")}`);
  startBareServices(world);
  return world;
}

/** The bare world with dockerd of one Docker version already started: docker0 and its rules. */
function dockerWorld(profile: ProfileName): () => World {
  return () => {
    const world = bareWorld();
    setDockerProfile(world, profile);
    startDaemon(world, DEFAULT_OPTIONS);
    return world;
  };
}

/** The world presets a scenario can start from. */
const PRESETS = {
  empty: emptyWorld,
  bare: bareWorld,
  docker: dockerWorld("29"),
  "docker-28": dockerWorld("28"),
  "docker-20.10": dockerWorld("20.10"),
} satisfies Record<string, () => World>;

export type WorldName = keyof typeof PRESETS;

export const worldNames = Object.keys(PRESETS) as readonly WorldName[];

/** The world `netplay run`, `expand` and `lab` start from when not told: the current Docker's. */
export const DEFAULT_WORLD: WorldName = "docker";

export function createWorld(name: WorldName): World {
  return PRESETS[name]();
}

/** Checks a name from the outside world (a CLI flag, a URL); the error is worded for the CLI to print. */
export function parseWorldName(name: string): WorldName | { readonly error: string } {
  if (Object.hasOwn(PRESETS, name)) return name as WorldName;
  return { error: `netplay: unknown world "${name}" (known: ${worldNames.join(", ")})` };
}
