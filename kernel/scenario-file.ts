import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseWorldName } from "../engine/scenario/worlds";
import type { Scenario } from "./sides";

/**
 * A corpus scenario: a playground script whose first lines may say `# world: NAME` (the preset it
 * starts from; empty unless given).
 */
export function readScenario(path: string, name: string): Scenario {
  const script = readFileSync(path, "utf8");
  const wanted = /^# world: (\S+)$/m.exec(script)?.[1] ?? "empty";
  const world = parseWorldName(wanted);
  if (typeof world !== "string") throw new Error(`${name}: ${world.error}`);
  return { name, world, script };
}

/** Every `*.sh` in `dir`, in name order. */
export function readCorpus(dir: string): Scenario[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".sh"))
    .sort()
    .map((file) => readScenario(join(dir, file), `scenarios/${file}`));
}
