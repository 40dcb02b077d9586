import { BaseEdge, getBezierPath, ViewportPortal, type EdgeProps } from "@xyflow/react";
import { useRef } from "react";
import type { CableKind } from "./layout";
import { useLitCable } from "./lit";
import { PacketDot } from "./PacketDot";

export interface CableData extends Record<string, unknown> {
  readonly kind: CableKind;
}

/**
 * A veth cable or a bridge port's membership; the packet is a dot travelling it while it is on it.
 * The lit cable and its dot are drawn again above everything of the network (the namespaces' boxes it
 * crosses): the dot's layer is the compositor's to move, and nothing drawn over it may share it.
 */
export function CableEdge(props: EdgeProps & { data?: CableData }) {
  const { id, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const lit = useLitCable(id, target);
  const drawn = useRef<SVGPathElement>(null);
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
        <ViewportPortal>
          <svg className="cable-lit" aria-hidden="true">
            <path ref={drawn} d={path} className={`cable cable-${data?.kind ?? "veth"} cable-active`} />
          </svg>
          <PacketDot along={drawn} path={path} reverse={lit.reverse} />
          {lit.label && (
            <div
              className="packet-label nodrag nopan"
              style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            >
              {lit.label}
            </div>
          )}
        </ViewportPortal>
      )}
    </>
  );
}
