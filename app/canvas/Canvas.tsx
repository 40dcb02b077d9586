import { Background, Controls, ReactFlow, type NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./canvas.css";
import { useMemo, useRef, type ReactNode } from "react";
import { selectFrame, usePlayer } from "../player/store";
import { useWorld } from "../world/store";
import { CableEdge, type CableData } from "./CableEdge";
import { FIT, useFitView } from "./fit";
import { highlightOf } from "./highlight";
import { IfaceNode } from "./IfaceNode";
import { layoutOf, type CanvasNode } from "./layout";
import { NetnsNode } from "./NetnsNode";
import { useLayout } from "./store";

const nodeTypes = { netns: NetnsNode, iface: IfaceNode };
const edgeTypes = { cable: CableEdge };

/** The network: namespaces, their devices and cables, drawn from the engine's view of the world. */
export function Canvas({ children }: { children?: ReactNode }) {
  const view = useWorld((s) => s.view);
  const moved = useLayout((s) => s.moved);
  const frame = usePlayer(selectFrame);
  const layout = useMemo(() => (view ? layoutOf(view, moved) : { nodes: [], edges: [] }), [view, moved]);
  const lit = useMemo(() => highlightOf(frame), [frame]);
  const box = useRef<HTMLElement>(null);
  const onInit = useFitView(box, view?.namespaces.map((ns) => ns.name).join(" ") ?? "");

  const nodes = useMemo(
    () => layout.nodes.map((n) => (lit.nodes.has(n.id) ? { ...n, className: "lit" } : n)),
    [layout, lit],
  );
  const edges = useMemo(
    () =>
      layout.edges.map((e) => {
        const active = e.id === lit.edge || lit.bridgeEdges.has(e.id);
        if (!active) return e;
        const data: CableData = {
          kind: e.data?.kind ?? "veth",
          active,
          ...(e.id === lit.edge && lit.label ? { label: lit.label } : {}),
          reverse: lit.from !== undefined && e.target === lit.from,
        };
        return { ...e, data, zIndex: 10 };
      }),
    [layout, lit],
  );

  function onNodesChange(changes: NodeChange<CanvasNode>[]) {
    for (const change of changes)
      if (change.type === "position" && change.position)
        useLayout.getState().move(change.id, change.position);
  }

  return (
    <section className="canvas" aria-label="Network" ref={box}>
      {view && (
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
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
      {children}
    </section>
  );
}
