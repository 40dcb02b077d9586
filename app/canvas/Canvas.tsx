import { Background, Controls, ReactFlow, type NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./canvas.css";
import { useMemo, useRef, type MouseEvent, type ReactNode } from "react";
import { useWorld } from "../world/store";
import { CableEdge } from "./CableEdge";
import { ContainerMenu } from "./ContainerMenu";
import { HostMenu } from "./HostMenu";
import { FIT, useFitView } from "./fit";
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

/** The network: namespaces, their devices and cables, drawn from the engine's view of the world. */
export function Canvas({ children }: { children?: ReactNode }) {
  const view = useWorld((s) => s.view);
  const moved = useLayout((s) => s.moved);
  const popup = useLayout((s) => s.popup);
  const layout = useMemo(() => (view ? layoutOf(view, moved) : { nodes: [], edges: [] }), [view, moved]);
  const box = useRef<HTMLElement>(null);
  const onInit = useFitView(box, view?.namespaces.map((ns) => ns.name).join(" ") ?? "");

  return (
    <section className="canvas" aria-label="Network" ref={box}>
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
          fitView
          fitViewOptions={FIT}
          minZoom={0.3}
          maxZoom={2}
          nodesConnectable={false}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} />
        </ReactFlow>
      )}
      {view?.docker?.running && <Palette />}
      {popup?.kind === "menu" && <ContainerMenu key={popup.container} name={popup.container} at={popup.at} />}
      {popup?.kind === "host" && <HostMenu at={popup.at} />}
      {popup?.kind === "publish" && <PublishForm key={popup.container} name={popup.container} />}
      {children}
    </section>
  );
}
