import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import type { CableKind } from "./layout";

export interface CableData extends Record<string, unknown> {
  readonly kind: CableKind;
  readonly active?: boolean;
  readonly label?: string;
  /** The packet travels from target to source. */
  readonly reverse?: boolean;
}

/** A veth cable or a bridge port's membership; the packet is a dot travelling it while it is on it. */
export function CableEdge(props: EdgeProps & { data?: CableData }) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const className = `cable cable-${data?.kind ?? "veth"}${data?.active ? " cable-active" : ""}`;
  return (
    <>
      <BaseEdge id={id} path={path} className={className} />
      {data?.active && (
        <circle r={6} className="packet-dot">
          <animateMotion
            dur="1.2s"
            repeatCount="indefinite"
            path={path}
            keyPoints={data.reverse ? "1;0" : "0;1"}
            keyTimes="0;1"
            calcMode="linear"
          />
        </circle>
      )}
      {data?.active && data.label && (
        <EdgeLabelRenderer>
          <div
            className="packet-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
