import { Background, Controls, ReactFlow, type NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./canvas.css";
import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { useWorld } from "../world/store";
import { CableEdge } from "./CableEdge";
import { ContainerMenu } from "./ContainerMenu";
import { useCardCorner, type Corner } from "./corner";
import { HostMenu } from "./HostMenu";
import { MIN_FIT, useArrangement, useFitView } from "./fit";
import { IfaceNode } from "./IfaceNode";
import { layoutOf, type CanvasNode } from "./layout";
import { NetnsNode } from "./NetnsNode";
import { Palette } from "./Palette";
import { PublishForm } from "./PublishForm";
import { useLayout } from "./store";

const nodeTypes = { netns: NetnsNode, iface: IfaceNode };
const edgeTypes = { cable: CableEdge };

// The handlers React Flow hands to every node live out here: a new function per render would redraw
// all the nodes of a big network (and the lit ones read the player's step themselves, see lit.ts).
function onNodesChange(changes: NodeChange<CanvasNode>[]) {
  for (const change of changes)
    if (change.type === "position" && change.position) useLayout.getState().move(change.id, change.position);
}

/** Right-click on a container: its menu at the pointer. */
function onNodeContextMenu(e: MouseEvent, node: CanvasNode) {
  if (node.type !== "netns" || !node.data.container) return;
  e.preventDefault();
  const container = node.data.container.name;
  useLayout.getState().open({ kind: "menu", container, at: { x: e.clientX, y: e.clientY } });
}

/** Tells the canvas where the packet card hides the least of the network. */
function CardCorner({
  nodes,
  onCorner,
}: {
  nodes: readonly CanvasNode[];
  onCorner: (corner: Corner) => void;
}) {
  const corner = useCardCorner(nodes);
  useEffect(() => onCorner(corner), [corner, onCorner]);
  return null;
}

/** The network: namespaces, their devices and cables, drawn from the engine's view of the world. */
export function Canvas({ children }: { children?: ReactNode }) {
  const view = useWorld((s) => s.view);
  const moved = useLayout((s) => s.moved);
  const popup = useLayout((s) => s.popup);
  const box = useRef<HTMLDivElement>(null);
  const arrangement = useArrangement(box);
  const layout = useMemo(
    () => (view ? layoutOf(view, moved, arrangement) : { nodes: [], edges: [] }),
    [view, moved, arrangement],
  );
  const namespaces = view?.namespaces.map((ns) => ns.name).join(" ") ?? "";
  const onInit = useFitView(box, `${arrangement} ${namespaces}`);
  const [corner, setCorner] = useState<Corner>("top-left");

  return (
    <section className="canvas" aria-label="Network">
      {view?.docker?.running && <Palette />}
      <div className="canvas-flow" ref={box}>
        {view && (
          <ReactFlow
            nodes={layout.nodes}
            edges={layout.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeContextMenu={onNodeContextMenu}
            colorMode="system"
            onInit={onInit}
            minZoom={MIN_FIT / 2}
            maxZoom={2}
            nodesConnectable={false}
            attributionPosition="top-right"
          >
            <Background gap={24} size={1} />
            <Controls showInteractive={false} />
            <CardCorner nodes={layout.nodes} onCorner={setCorner} />
          </ReactFlow>
        )}
        <div className={`canvas-card card-${corner}`}>{children}</div>
      </div>
      {popup?.kind === "menu" && <ContainerMenu key={popup.container} name={popup.container} at={popup.at} />}
      {popup?.kind === "host" && <HostMenu at={popup.at} />}
      {popup?.kind === "publish" && <PublishForm key={popup.container} name={popup.container} />}
    </section>
  );
}
