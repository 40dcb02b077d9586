import type { DragEvent } from "react";
import type { WorldView } from "../../engine/view";
import { moveContainer, runImage } from "../docker/commands";
import { runCommand, runCommands } from "../terminal/actions";
import { netnsId } from "./ids";
import { useLayout } from "./store";

/** What the palette and a container's grip put in a drag. */
export const IMAGE_TYPE = "application/x-netplay-image";
export const CONTAINER_TYPE = "application/x-netplay-container";

/** Whether a drag carries something a bridge takes (only the types are readable while dragging). */
export const carriesDocker = (e: DragEvent): boolean =>
  e.dataTransfer.types.includes(IMAGE_TYPE) || e.dataTransfer.types.includes(CONTAINER_TYPE);

/**
 * A drop on a Docker network's bridge: an image runs a container on it; a container leaves its
 * network for this one (and is laid out again under its new bridge).
 */
export function dropOnNetwork(e: DragEvent, network: string, view: WorldView | null): void {
  const image = e.dataTransfer.getData(IMAGE_TYPE);
  if (image) {
    void runCommand(runImage(image, network));
    return;
  }
  const name = e.dataTransfer.getData(CONTAINER_TYPE);
  const container = view?.docker?.containers.find((c) => c.name === name);
  if (!container) return;
  const from = container.endpoints[0]?.network;
  if (from === network) return;
  useLayout.getState().unmove(netnsId(container.netns));
  void runCommands(moveContainer(name, from, network));
}
