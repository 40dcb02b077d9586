import type { Frame } from "../player/frames";
import { packetLabel } from "../player/describe";
import { bridgeEdgeId, ifaceId, netnsId, vethId } from "./ids";

/** What the canvas lights at one step: the namespace at work, the devices and the cable in use. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edge?: string;
  /** The device the packet leaves by, when it is on a cable. */
  readonly from?: string;
  readonly bridgeEdges: ReadonlySet<string>;
  readonly label?: string;
}

export const NO_HIGHLIGHT: Highlight = { nodes: new Set(), bridgeEdges: new Set() };

export function highlightOf(frame: Frame | undefined): Highlight {
  if (!frame) return NO_HIGHLIGHT;
  const e = frame.event;
  const nodes = new Set([netnsId(frame.netns)]);
  const bridgeEdges = new Set<string>();
  const label = frame.packet && packetLabel(frame.packet);
  switch (e.kind) {
    case "wire":
      nodes.add(ifaceId(e.from.netns, e.from.dev)).add(ifaceId(e.to.netns, e.to.dev));
      return {
        nodes,
        edge: vethId(e.from, e.to),
        from: ifaceId(e.from.netns, e.from.dev),
        bridgeEdges,
        ...(label ? { label } : {}),
      };
    case "route":
      if (e.dev) nodes.add(ifaceId(e.netns, e.dev));
      break;
    case "bridge":
      nodes.add(ifaceId(e.netns, e.bridge));
      for (const port of [e.inPort, ...e.outPorts]) {
        nodes.add(ifaceId(e.netns, port));
        bridgeEdges.add(bridgeEdgeId(e.netns, port));
      }
      break;
    default:
      break;
  }
  return { nodes, bridgeEdges };
}
