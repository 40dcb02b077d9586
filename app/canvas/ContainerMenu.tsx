import type { ContainerView } from "../../engine/view";
import { moveContainer, removeContainer, startContainer, stopContainer } from "../docker/commands";
import { useTerminal } from "../store";
import { runCommand, runCommands } from "../terminal/actions";
import { useWorld } from "../world/store";
import { netnsId } from "./ids";
import { Menu, type MenuItem } from "./Menu";
import { useLayout } from "./store";

function itemsFor(c: ContainerView, networks: readonly string[]): MenuItem[] {
  const { open, unmove } = useLayout.getState();
  const running = c.state === "running";
  const from = c.endpoints[0]?.network;
  return [
    { label: "Publish port…", act: () => open({ kind: "publish", container: c.name }) },
    ...(running ? [{ label: "Exec", act: () => useTerminal.getState().setTab(c.netns) }] : []),
    running
      ? { label: "Stop", act: () => void runCommand(stopContainer(c.name)) }
      : { label: "Start", act: () => void runCommand(startContainer(c.name)) },
    { label: "Remove", act: () => void runCommand(removeContainer(c.name)) },
    ...networks
      .filter((n) => !c.endpoints.some((e) => e.network === n))
      .map((n) => ({
        label: `Move to ${n}`,
        act: () => {
          unmove(netnsId(c.netns));
          void runCommands(moveContainer(c.name, from, n));
        },
      })),
  ];
}

/** A container's context menu: publish a port, open its terminal, stop, remove, move. */
export function ContainerMenu({ name, at }: { name: string; at: { x: number; y: number } }) {
  const docker = useWorld((s) => s.view?.docker);
  const container = docker?.containers.find((c) => c.name === name);
  if (!container || !docker) return null;
  const items = itemsFor(
    container,
    docker.networks.map((n) => n.name),
  );
  return <Menu label={`Actions for ${name}`} at={at} items={items} />;
}
