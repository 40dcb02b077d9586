import { useEffect, useRef, type KeyboardEvent } from "react";
import type { ContainerView } from "../../engine/view";
import { moveContainer, removeContainer, startContainer, stopContainer } from "../docker/commands";
import { useTerminal } from "../store";
import { runCommand, runCommands } from "../terminal/actions";
import { useWorld } from "../world/store";
import { netnsId } from "./layout";
import { useLayout } from "./store";

interface Item {
  readonly label: string;
  readonly act: () => void;
}

function itemsFor(c: ContainerView, networks: readonly string[]): Item[] {
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
  const ref = useRef<HTMLDivElement>(null);
  const container = docker?.containers.find((c) => c.name === name);
  useEffect(() => ref.current?.querySelector("button")?.focus(), []);
  if (!container || !docker) return null;
  const close = () => useLayout.getState().open(null);
  const items = itemsFor(
    container,
    docker.networks.map((n) => n.name),
  );

  function onKeyDown(e: KeyboardEvent) {
    const buttons = [...(ref.current?.querySelectorAll("button") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "Escape") close();
    else if (e.key === "ArrowDown") buttons[(at + 1) % buttons.length]?.focus();
    else if (e.key === "ArrowUp") buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
  }

  return (
    <>
      <div className="menu-backdrop" onClick={close} onContextMenu={(e) => (e.preventDefault(), close())} />
      <div
        ref={ref}
        className="menu"
        role="menu"
        aria-label={`Actions for ${name}`}
        style={{ left: at.x, top: at.y }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            onClick={() => {
              close();
              item.act();
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </>
  );
}
