import { Handle, Position, type NodeProps } from "@xyflow/react";
import type { IfaceNode as Node } from "./layout";

/** A device as `ip -br addr` would sum it up: its name (with `@peer`), kind, state and addresses. */
export function IfaceNode({ data }: NodeProps<Node>) {
  const { link } = data;
  const at = link.label.slice(link.name.length);
  const state = link.up ? (link.lowerUp ? "UP" : "NO-CARRIER") : "DOWN";
  return (
    <div
      className={`iface iface-${link.kind}${link.up ? "" : " iface-down"}`}
      title={`${link.index}: ${link.label} ${state} ${link.mac} mtu ${link.mtu}`}
      data-iface={link.name}
    >
      <Handle type="target" id="in" position={Position.Top} isConnectable={false} />
      <div className="iface-name">
        <strong>{link.name}</strong>
        {at && <span className="iface-at">{at}</span>}
        {link.kind === "bridge" && <span className="iface-kind">bridge</span>}
        {state !== "UP" && <span className="iface-state">{state}</span>}
      </div>
      <div className="iface-addrs">{link.addrs.length > 0 ? link.addrs.join(" ") : "—"}</div>
      <Handle type="source" id="out" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}
