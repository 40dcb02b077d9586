import { createWorld, type WorldName } from "../scenario/worlds";
import type { World } from "../world";
import { setDockerProfile } from "./daemon";
import { PROFILES, profileNames, type ProfileName } from "./profile";

/**
 * Which Docker a scenario runs (`netplay run --docker 20.10`): a property of the scenario, like its
 * world, since a real host has one Docker installed. On `bare` or `empty` it is the version a later
 * `dockerd` starts; `docker` is the bare world with that version's dockerd already running.
 */

/** A version as `--docker` takes it: a profile name or the exact version it stands for. */
export function parseDockerVersion(text: string): ProfileName | { readonly error: string } {
  const profile = profileNames.find((name) => name === text || PROFILES[name].version === text);
  if (profile) return profile;
  return { error: `netplay: unknown Docker version "${text}" (known: ${profileNames.join(", ")})` };
}

const STARTED: Readonly<Record<ProfileName, WorldName>> = {
  "20.10": "docker-20.10",
  "28": "docker-28",
  "29": "docker",
};

/** The world `name` with Docker `profile` (undefined: the world's own); an error if they disagree. */
export function createWorldWithDocker(
  name: WorldName,
  profile: ProfileName | undefined,
): World | { readonly error: string } {
  if (profile === undefined) return createWorld(name);
  if (name === "empty" || name === "bare") {
    const world = createWorld(name);
    setDockerProfile(world, profile);
    return world;
  }
  if (name === "docker") return createWorld(STARTED[profile]);
  if (STARTED[profile] === name) return createWorld(name);
  return { error: `netplay: --world ${name} runs another Docker than --docker ${profile}` };
}
