import type { NodeProps } from "@xyflow/react";
import type { ContainerView, ListenerView } from "../../engine/view";
import { portFlag } from "../docker/commands";
import { CONTAINER_TYPE } from "./drop";
import { useLitNode } from "./lit";
import type { NetnsNode as Node } from "./layout";
import { useLayout } from "./store";
import { useWorld } from "../world/store";

/** "tcp 80, 443 · udp 53": the ports something listens on, as `ss -ltun` would sum them up. */
function listening(listeners: readonly ListenerView[]): string {
  const ports = (proto: string) =>
    listeners
      .filter((l) => l.proto === proto)
      .map((l) => (l.addr === "0.0.0.0" ? `${l.port}` : `${l.addr}:${l.port}`));
  return (["tcp", "udp"] as const)
    .map((proto) => [proto, ports(proto)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([proto, list]) => `${proto} ${list.join(", ")}`)
    .join(" · ");
}

/** The container's head: image and state, a grip to drag it to another network, and its menu. */
function ContainerHead({ container }: { container: ContainerView }) {
  const open = useLayout((s) => s.open);
  return (
    <>
      <span className="netns-image" title="image">
        {container.image}
      </span>
      {container.state !== "running" && <span className="netns-tag netns-state">{container.state}</span>}
      <span
        className="netns-grip nodrag nopan"
        draggable
        title={`Drag ${container.name} onto another network's bridge`}
        onDragStart={(e) => {
          e.dataTransfer.setData(CONTAINER_TYPE, container.name);
          e.dataTransfer.effectAllowed = "move";
        }}
      >
        ⠿
      </span>
      <button
        type="button"
        className="netns-menu nodrag"
        aria-label={`Actions for ${container.name}`}
        aria-haspopup="menu"
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          open({ kind: "menu", container: container.name, at: { x: box.left, y: box.bottom + 4 } });
        }}
      >
        ⋯
      </button>
    </>
  );
}

/** The host's head, once Docker runs on it: a menu to change which Docker and with which options. */
function HostHead() {
  const open = useLayout((s) => s.open);
  const docker = useWorld((s) => Boolean(s.view?.docker));
  if (!docker) return null;
  return (
    <button
      type="button"
      className="netns-menu nodrag"
      aria-label="Actions for host"
      aria-haspopup="menu"
      title="Docker version and daemon options"
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        open({ kind: "host", at: { x: box.left, y: box.bottom + 4 } });
      }}
    >
      ⋯
    </button>
  );
}

/** A network namespace: a box holding its devices, with what listens in it underneath. */
export function NetnsNode({ id, data }: NodeProps<Node>) {
  const { ns, container } = data;
  const lit = useLitNode(id);
  const ports = listening(ns.listeners);
  const published = container?.ports.map((p) => portFlag(p).slice(3)).join(", ");
  const foot = [ports && `listening: ${ports}`, published && `published ${published}`].filter(Boolean);
  return (
    <div className={`netns${container ? " netns-container" : ""}${lit ? " lit" : ""}`} data-netns={ns.name}>
      <div className="netns-head">
        <span className="netns-name">{ns.name}</span>
        {ns.forwarding && (
          <span className="netns-tag" title="net.ipv4.ip_forward = 1">
            forwarding
          </span>
        )}
        {container && <ContainerHead container={container} />}
        {ns.name === "host" && <HostHead />}
      </div>
      {foot.length > 0 && (
        <div className="netns-foot" title="Sockets listening in this namespace; ports Docker publishes">
          {foot.join(" · ")}
        </div>
      )}
    </div>
  );
}
