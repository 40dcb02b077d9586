import { runCommand, runCommands } from "../terminal/actions";
import { useWorld } from "../world/store";
import { commandFor, type Composition } from "./command";
import type { Preset } from "./presets";

/** The running containers' names: the composer reaches them with docker exec. */
export function runningContainers(): Set<string> {
  const docker = useWorld.getState().view?.docker;
  return new Set(docker?.containers.filter((c) => c.state === "running").map((c) => c.name));
}

/**
 * Tells a preset's story: its setup commands first (only what the world lacks), then what it sends,
 * read from the world as it is after them. Resolves to the composition sent, for the form to show.
 */
export async function runPreset(preset: Preset): Promise<Composition | undefined> {
  const view = useWorld.getState().view;
  if (!view) return undefined;
  const setup = preset.setup(view);
  if (setup.length > 0 && (await runCommands(setup)) !== 0) return undefined;
  const after = useWorld.getState().view;
  const sending = after && preset.send(after);
  if (!sending) return undefined;
  if ("line" in sending) {
    await runCommand(sending.line);
    return undefined;
  }
  const result = commandFor(sending, runningContainers());
  if ("line" in result) await runCommand(result.line);
  return sending;
}
