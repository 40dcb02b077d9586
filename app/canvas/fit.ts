import { getViewportForBounds, type ReactFlowInstance, type Rect, type Viewport } from "@xyflow/react";
import { useEffect, useRef, useState, type RefObject } from "react";
import { arrangementFor, type Arrangement } from "./arrange";
import type { CanvasNode, CableEdge } from "./layout";

const PADDING = 0.04;
const MAX_ZOOM = 1.4;
/** Below this a device's 12px text is drawn under 7px: a bigger network is panned rather than shrunk. */
export const MIN_FIT = 0.6;

/**
 * The viewport that shows `bounds` whole in a `width` × `height` pane, or, when that would take a zoom
 * under MIN_FIT, shows its top (the internet, the router, the host) at MIN_FIT, centred on `focus`.
 */
export function viewportFor(bounds: Rect, width: number, height: number, focus: number): Viewport {
  const fit = getViewportForBounds(bounds, width, height, MIN_FIT, MAX_ZOOM, PADDING);
  const { zoom } = fit;
  const margin = PADDING * Math.min(width, height);
  const x = bounds.width * zoom > width ? width / 2 - focus * zoom : fit.x;
  const y = bounds.height * zoom > height ? margin - bounds.y * zoom : fit.y;
  return { x, y, zoom };
}

/** A box's size as the layout set it: known before React Flow has measured anything. */
const size = (node: CanvasNode) => ({
  width: Number(node.style?.width) || 0,
  height: Number(node.style?.height) || 0,
});

function boundsOf(boxes: readonly CanvasNode[]): Rect {
  const xs = boxes.flatMap((n) => [n.position.x, n.position.x + size(n).width]);
  const ys = boxes.flatMap((n) => [n.position.y, n.position.y + size(n).height]);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** How the canvas's rows are arranged, from its size: re-rendered only when that changes. */
export function useArrangement(box: RefObject<HTMLElement | null>): Arrangement {
  const [arrangement, setArrangement] = useState<Arrangement>("stack");
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setArrangement(arrangementFor(element.clientWidth, element.clientHeight)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return arrangement;
}

/**
 * Keeps the network in sight: fits again when the canvas changes size, a namespace comes or goes or
 * the rows are arranged anew. A zoom the user chose lasts until then.
 */
export function useFitView(box: RefObject<HTMLElement | null>, key: string) {
  const [flow, setFlow] = useState<ReactFlowInstance<CanvasNode, CableEdge> | null>(null);
  const frame = useRef(0);
  useEffect(() => {
    const element = box.current;
    if (!flow || !element) return;
    const fit = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        const boxes = flow.getNodes().filter((n) => !n.parentId);
        if (boxes.length === 0) return;
        const bounds = boundsOf(boxes);
        const host = boxes.find((n) => n.id === "ns:host") ?? boxes[0]!;
        const focus = host.position.x + size(host).width / 2;
        void flow.setViewport(viewportFor(bounds, element.clientWidth, element.clientHeight, focus));
      });
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [flow, box, key]);
  return setFlow;
}
