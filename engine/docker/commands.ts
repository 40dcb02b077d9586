import type { Command } from "../shell/command";
import { docker, dockerComposeV1 } from "./docker";
import { dockerd } from "./dockerd";

/** Docker's programs: the CLI, the daemon, and Compose v1. */
export const dockerCommands: Readonly<Record<string, Command>> = {
  docker,
  dockerd,
  "docker-compose": dockerComposeV1,
};
