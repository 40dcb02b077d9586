import type { ScenarioDocument } from "../../engine/scenario/document";
import { answerFromRecording } from "../engine-client";
import { openScenario } from "../terminal/actions";
import type { AnsweredCall } from "../world/opening-record";
import { useWorld } from "../world/store";

/**
 * Opens the page's first scenario: queued before anything can be typed, so a line typed early runs
 * after it, and the world's first picture asked for meanwhile. With `recorded` (the engine's answers
 * to these very calls, app/world/opening-record.ts) the page opens without waiting for the worker.
 * Resolves once the scenario is open.
 */
export async function openFirst(doc: ScenarioDocument, recorded?: readonly AnsweredCall[]): Promise<void> {
  if (recorded) answerFromRecording(recorded);
  const opened = openScenario(doc);
  await useWorld.getState().refresh();
  await opened;
}
