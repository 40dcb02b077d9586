import type { WorldView } from "../../engine/view";
import { repository } from "../../engine/docker/images";

/** Images whose shell is BusyBox ash (Alpine-based): its prompt is the directory and `#`. */
const ASH_IMAGES = new Set(["alpine", "busybox", "caddy", "curlimages/curl"]);

/**
 * The prompt a root shell shows in a namespace: bash on the machines (`root@host:~#`); in a
 * container, what `docker exec -it NAME sh` shows at its working directory `/` — bash on
 * Debian-based images, named after the container's short id, ash's `/ #` on Alpine-based ones.
 */
export function promptFor(netns: string, view: WorldView | null): string {
  const container = view?.docker?.containers.find((c) => c.netns === netns);
  if (!container) return `root@${netns}:~#`;
  if (ASH_IMAGES.has(repository(container.image))) return "/ #";
  return `root@${container.id.slice(0, 12)}:/#`;
}

/** The terminals the playground offers: the host, each container, then the LAN's machines. */
export function terminalTabs(view: WorldView | null): string[] {
  const names = view?.namespaces.map((ns) => ns.name) ?? ["host"];
  const containers = view?.docker?.containers.filter((c) => c.state === "running").map((c) => c.netns) ?? [];
  const machines = names.filter(
    (n) => n !== "host" && n !== "internet" && !view?.docker?.containers.some((c) => c.netns === n),
  );
  return ["host", ...containers.filter((c) => names.includes(c)), ...machines];
}
