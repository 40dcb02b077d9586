import { createWorld } from "../scenario/worlds";
import type { World } from "../world";
import type { CommandResult } from "./command";
import { runScript } from "./script";

/** Runs a script in a fresh (or given) world; `text` is everything printed, as a terminal shows it. */
export function runText(
  script: string,
  world: World = createWorld("empty"),
): { text: string; status: number; results: CommandResult[]; world: World } {
  const results = runScript(world, script);
  const text = results.map((result) => result.output.map((chunk) => chunk.text).join("")).join("");
  return { text, status: results.at(-1)?.status ?? 0, results, world };
}
