import { useShallow } from "zustand/react/shallow";
import { selectFrame, usePlayer, type PlayerState } from "../player/store";
import { highlightOf, NO_HIGHLIGHT, type Highlight } from "./highlight";

/**
 * Nodes and cables read the step's highlight themselves, so that a step redraws the few they light
 * and React Flow's node and edge lists stay the same: handing it new lists at each step had it
 * recompute every one of a big network's 600 nodes and cables.
 */
let last: { readonly frame: PlayerState["frames"][number] | undefined; readonly lit: Highlight } = {
  frame: undefined,
  lit: NO_HIGHLIGHT,
};

/** The highlight of the step being shown: computed once per step, however many ask. */
function litOf(s: PlayerState): Highlight {
  const frame = selectFrame(s);
  if (frame !== last.frame) last = { frame, lit: highlightOf(frame) };
  return last.lit;
}

/** Whether the node `id` (a namespace or a device) takes part in the step. */
export const useLitNode = (id: string): boolean => usePlayer((s) => litOf(s).nodes.has(id));

/** A cable the packet is on: its label, and whether it travels from target to source. */
export interface LitCable {
  readonly active: boolean;
  readonly label?: string;
  readonly reverse: boolean;
}

function cableOf(lit: Highlight, id: string, target: string): LitCable {
  const active = id === lit.edge || lit.bridgeEdges.has(id);
  if (!active) return { active, reverse: false };
  return {
    active,
    ...(id === lit.edge && lit.label ? { label: lit.label } : {}),
    reverse: lit.from !== undefined && target === lit.from,
  };
}

/** How the step lights the cable `id` that ends at node `target`. */
export const useLitCable = (id: string, target: string): LitCable =>
  usePlayer(useShallow((s) => cableOf(litOf(s), id, target)));
