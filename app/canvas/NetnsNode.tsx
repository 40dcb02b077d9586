import type { NodeProps } from "@xyflow/react";
import type { ListenerView } from "../../engine/view";
import type { NetnsNode as Node } from "./layout";

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

/** A network namespace: a box holding its devices, with what listens in it underneath. */
export function NetnsNode({ data }: NodeProps<Node>) {
  const { ns } = data;
  const ports = listening(ns.listeners);
  return (
    <div className="netns" data-netns={ns.name}>
      <div className="netns-head">
        <span className="netns-name">{ns.name}</span>
        {ns.forwarding && (
          <span className="netns-tag" title="net.ipv4.ip_forward = 1">
            forwarding
          </span>
        )}
      </div>
      {ports && (
        <div className="netns-foot" title="Sockets listening in this namespace">
          listening: {ports}
        </div>
      )}
    </div>
  );
}
