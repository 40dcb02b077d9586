import { useStore } from "@xyflow/react";
import type { CanvasNode } from "./layout";

/** Not the bottom left, which the zoom buttons take. */
export type Corner = "top-left" | "top-right" | "bottom-right";

/** Preferred first: the card's usual place. */
const CORNERS: readonly Corner[] = ["top-left", "bottom-right", "top-right"];
/** The packet card's size at its largest (two rewrites and an ending), and its margin. */
const CARD = { width: 300, height: 230, margin: 10 };

type Box = { x: number; y: number; width: number; height: number };

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The corner of a `width` × `height` pane where the card hides the least of the namespaces' boxes,
 * as the viewport `[x, y, zoom]` shows them.
 */
export function emptiestCorner(
  boxes: readonly Box[],
  [x, y, zoom]: readonly [number, number, number],
  width: number,
  height: number,
): Corner {
  const onScreen = boxes.map((b) => ({
    x: x + b.x * zoom,
    y: y + b.y * zoom,
    width: b.width * zoom,
    height: b.height * zoom,
  }));
  const card = (corner: Corner): Box => ({
    x: corner === "top-left" ? CARD.margin : width - CARD.margin - CARD.width,
    y: corner !== "bottom-right" ? CARD.margin : height - CARD.margin - CARD.height,
    width: CARD.width,
    height: CARD.height,
  });
  const hidden = (corner: Corner) => onScreen.reduce((sum, b) => sum + overlap(card(corner), b), 0);
  return CORNERS.reduce((best, corner) => (hidden(corner) < hidden(best) ? corner : best));
}

const boxOf = (n: CanvasNode): Box => ({
  ...n.position,
  width: Number(n.style?.width) || 0,
  height: Number(n.style?.height) || 0,
});

/** The card's corner as the viewport moves; inside the flow, where its viewport is known. */
export function useCardCorner(nodes: readonly CanvasNode[]): Corner {
  return useStore((s) =>
    emptiestCorner(nodes.filter((n) => !n.parentId).map(boxOf), s.transform, s.width, s.height),
  );
}
