import { dockerStartScript } from "../docker/expand";
import type { ProfileName } from "../docker/profile";
import { BARE_SCRIPT } from "../scenario/bare";
import { createWorld, type WorldName } from "../scenario/worlds";
import { standIns, type StandIn } from "./services";

/** How the lab builds a world preset: the commands, then the services it runs. */
export interface WorldSetup {
  readonly commands: readonly string[];
  readonly standIns: readonly StandIn[];
}

/** The Docker worlds are the bare world plus the host commands dockerd of their version runs at start. */
const DOCKER_PROFILES: Readonly<Partial<Record<WorldName, ProfileName>>> = {
  docker: "29",
  "docker-28": "28",
  "docker-20.10": "20.10",
};

function script(name: WorldName): string {
  if (name === "empty") return "";
  const profile = DOCKER_PROFILES[name];
  return profile ? BARE_SCRIPT + dockerStartScript(() => createWorld("bare"), profile) : BARE_SCRIPT;
}

/**
 * A preset's setup, read off the preset itself so that the two cannot drift apart: its script's
 * commands, and the services listening when the preset is ready.
 */
export function worldSetup(name: WorldName): WorldSetup {
  const commands = script(name)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  return { commands, standIns: [...standIns(createWorld(name)).values()] };
}
