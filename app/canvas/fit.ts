import type { ReactFlowInstance } from "@xyflow/react";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { CanvasNode, CableEdge } from "./layout";

export const FIT = { padding: 0.08, maxZoom: 1.4 } as const;

/**
 * Keeps the whole network in sight: fits again when the canvas changes size or a namespace comes
 * or goes. A zoom the user chose lasts until then.
 */
export function useFitView(box: RefObject<HTMLElement | null>, namespaces: string) {
  const [flow, setFlow] = useState<ReactFlowInstance<CanvasNode, CableEdge> | null>(null);
  const frame = useRef(0);
  useEffect(() => {
    const element = box.current;
    if (!flow || !element) return;
    const fit = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => void flow.fitView(FIT));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [flow, box, namespaces]);
  return setFlow;
}
