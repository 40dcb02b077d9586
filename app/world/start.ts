import { SCENARIO_VERSION, type ScenarioDocument } from "../../engine/scenario/document";

/**
 * What the playground runs on opening and after Reset world: two containers on docker0, one with
 * a published port. They run as commands, so they stand in the history like anything typed.
 */
export const START_COMMANDS: readonly string[] = [
  "docker run -d --name web -p 8080:80 nginx",
  "docker run -d --name db redis",
];

/** The playground's opening: the docker world and its first containers, nothing dragged, nothing to redo. */
export const START_DOCUMENT: ScenarioDocument = {
  version: SCENARIO_VERSION,
  world: "docker",
  commands: START_COMMANDS.map((line) => ({ netns: "host", line })),
  layout: {},
};

/** Whether `doc` is the opening itself (a fresh page, or an autosave of it untouched). */
export const isStartDocument = (doc: ScenarioDocument): boolean =>
  doc.world === START_DOCUMENT.world &&
  doc.selection === undefined &&
  Object.keys(doc.layout).length === 0 &&
  doc.commands.length === START_DOCUMENT.commands.length &&
  doc.commands.every(
    ({ netns, line }, i) =>
      netns === START_DOCUMENT.commands[i]?.netns && line === START_DOCUMENT.commands[i]?.line,
  );
