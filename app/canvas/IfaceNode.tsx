import { Handle, Position, type NodeProps } from "@xyflow/react";
import { useState, type DragEvent } from "react";
import { useWorld } from "../world/store";
import { carriesDocker, dropOnNetwork } from "./drop";
import type { IfaceNode as Node } from "./layout";
import { useLitNode } from "./lit";

/** A device as `ip -br addr` would sum it up: its name (with `@peer`), kind, state and addresses. */
export function IfaceNode({ id, data }: NodeProps<Node>) {
  const { link, network } = data;
  const lit = useLitNode(id);
  const [over, setOver] = useState(false);
  const at = link.label.slice(link.name.length);
  const state = link.up ? (link.lowerUp ? "UP" : "NO-CARRIER") : "DOWN";
  // A Docker network's bridge takes images (docker run) and containers (network connect).
  const drop = network
    ? {
        onDragOver: (e: DragEvent) => {
          if (!carriesDocker(e)) return;
          e.preventDefault();
          setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          setOver(false);
          dropOnNetwork(e, network, useWorld.getState().view);
        },
      }
    : {};
  return (
    <div
      className={`iface iface-${link.kind}${link.up ? "" : " iface-down"}${over ? " iface-drop" : ""}${lit ? " lit" : ""}`}
      title={`${link.index}: ${link.label} ${state} ${link.mac} mtu ${link.mtu}`}
      data-iface={link.name}
      {...(network ? { "data-network": network } : {})}
      {...drop}
    >
      <Handle type="target" id="in" position={Position.Top} isConnectable={false} />
      <Handle type="target" id="left" position={Position.Left} isConnectable={false} />
      <div className="iface-name">
        <strong>{link.name}</strong>
        {at && <span className="iface-at">{at}</span>}
        {link.kind === "bridge" && (
          <span className="iface-kind">{network ? `network ${network}` : "bridge"}</span>
        )}
        {state !== "UP" && <span className="iface-state">{state}</span>}
      </div>
      <div className="iface-addrs">{link.addrs.length > 0 ? link.addrs.join(" ") : "—"}</div>
      <Handle type="source" id="out" position={Position.Bottom} isConnectable={false} />
      <Handle type="source" id="right" position={Position.Right} isConnectable={false} />
    </div>
  );
}
