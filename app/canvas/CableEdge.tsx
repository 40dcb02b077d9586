import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import type { CableKind } from "./layout";
import { useLitCable } from "./lit";

export interface CableData extends Record<string, unknown> {
  readonly kind: CableKind;
}

/**
 * A veth cable or a bridge port's membership; the packet is a dot travelling it while it is on it.
 * The lit cable and its dot are drawn again above the namespaces' boxes, which it crosses.
 */
export function CableEdge(props: EdgeProps & { data?: CableData }) {
  const { id, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const lit = useLitCable(id, target);
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <>
      <BaseEdge id={id} path={path} className={`cable cable-${data?.kind ?? "veth"}`} />
      {lit.active && (
        <EdgeLabelRenderer>
          <svg className="cable-lit" aria-hidden="true">
            <path d={path} className={`cable cable-${data?.kind ?? "veth"} cable-active`} />
            <circle r={6} className="packet-dot">
              <animateMotion
                dur="1.2s"
                repeatCount="indefinite"
                path={path}
                keyPoints={lit.reverse ? "1;0" : "0;1"}
                keyTimes="0;1"
                calcMode="linear"
              />
            </circle>
          </svg>
          {lit.label && (
            <div
              className="packet-label nodrag nopan"
              style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            >
              {lit.label}
            </div>
          )}
        </EdgeLabelRenderer>
      )}
    </>
  );
}
