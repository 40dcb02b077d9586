/**
 * The engine as a library: build a world, run playground scripts in it, read what they printed and
 * the packets' traces. The CLI (engine/cli) and the app's worker (engine/worker.ts) use nothing else
 * than what is exported here and its types, so a test suite in Node can do what they do, without root.
 *
 *   const world = createWorld("bare");
 *   const [restore, probe] = runScript(world, "ip netns exec router iptables-restore < rules\ncurl …");
 */
export type { World } from "./world";
export { createWorld, parseWorldName, worldNames, type WorldName } from "./scenario/worlds";
export { createWorldWithDocker, parseDockerVersion } from "./docker/docker-world";
export type { ProfileName } from "./docker/profile";
export {
  createShellState,
  runLine,
  runScript,
  splitOutput,
  type Chunk,
  type CommandResult,
  type RunOptions,
  type ShellState,
} from "./shell";
export type { TraceEvent } from "./trace/events";
export { formatTrace } from "./trace/xtables-monitor";
export { captureAll, viewOf, type WorldView } from "./view";
export { expandScript } from "./docker/expand";
export { labScript, type LabOptions } from "./lab/lab-script";
