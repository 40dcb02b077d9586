import type { World } from "../../world";
import { PROFILES } from "../profile";
import { daemonOf } from "../state";
import { DockerError } from "../errors";

/** `docker version`: the client, and the server when dockerd runs (its version is the world's profile). */
export function dockerVersion(world: World, out: { stdout: (t: string) => void }): number {
  const daemon = daemonOf(world);
  const p = PROFILES[daemon.profile];
  out.stdout(
    `Client:\n Version:           ${p.version}\n API version:       ${p.apiVersion}\n OS/Arch:           linux/amd64\n\n`,
  );
  if (!daemon.running)
    throw new DockerError(
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n",
    );
  out.stdout(
    `Server:\n Engine:\n  Version:          ${p.version}\n  API version:      ${p.apiVersion} (minimum version 1.24)\n  Git commit:       ${p.gitCommit}\n  OS/Arch:          linux/amd64\n`,
  );
  return 0;
}
