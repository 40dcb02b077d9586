import {
  SCENARIO_VERSION,
  type ScenarioDocument,
  type ScenarioSelection,
} from "../../engine/scenario/document";
import { useLayout } from "../canvas/store";
import { usePlayer } from "../player/store";
import { useScenario } from "./store";

/** The packet being shown, as a document names it: which command, which of its packets, how far in. */
function currentSelection(): ScenarioSelection | undefined {
  const { shown, commands } = useScenario.getState();
  const { packets, step } = usePlayer.getState();
  const packet = packets.findLastIndex((p) => p.step <= step);
  if (shown === null || shown >= commands.length || packet < 0) return undefined;
  return { command: shown, packet, step: step - packets[packet]!.step };
}

/** The document of what the reader sees now. */
export function currentDocument(): ScenarioDocument {
  const { world, commands } = useScenario.getState();
  const selection = currentSelection();
  return {
    version: SCENARIO_VERSION,
    world,
    commands: [...commands],
    layout: { ...useLayout.getState().moved },
    ...(selection ? { selection } : {}),
  };
}

/** The player's step for a document's selection, once its command's packets are loaded. */
export function selectedStep(selection: ScenarioSelection): number | undefined {
  const start = usePlayer.getState().packets[selection.packet];
  return start && start.step + selection.step;
}
