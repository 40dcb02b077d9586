import { createNetns, WORLD_EPOCH_MS, type World } from "../world";

/** The world presets a scenario can start from. */
const PRESETS = {
  /** One namespace, `host`, with empty tables and no files. */
  empty: (): World => ({
    netns: new Map([["host", createNetns("host")]]),
    files: new Map(),
    clock: WORLD_EPOCH_MS,
  }),
} satisfies Record<string, () => World>;

export type WorldName = keyof typeof PRESETS;

export const worldNames = Object.keys(PRESETS) as readonly WorldName[];

export function createWorld(name: WorldName): World {
  return PRESETS[name]();
}

/** Checks a name from the outside world (a CLI flag, a URL); the error is worded for the CLI to print. */
export function parseWorldName(name: string): WorldName | { readonly error: string } {
  if (Object.hasOwn(PRESETS, name)) return name as WorldName;
  return { error: `netplay: unknown world "${name}" (known: ${worldNames.join(", ")})` };
}
