/**
 * Scenarios kept in this browser's localStorage: the autosave of the current work, and scenarios saved
 * under a name. Stored as the scenario file's JSON and read back through the same validation as a
 * file, so a stale or hand-edited entry is refused, never half-loaded.
 */
import { isScenarioError, type ScenarioDocument, type ScenarioError } from "../../engine/scenario/document";
import { fromScenarioFile } from "../../engine/scenario/document-codec";
import { AUTOSAVE } from "./keys-stored";
import { forgetParted, readParted, writeParted } from "./parted";
const SAVED_PREFIX = "netplay.scenario:";

/** localStorage can be missing (privacy modes) or full; say so rather than throw. */
function write(store: (storage: Storage) => void): string | undefined {
  try {
    store(localStorage);
    return undefined;
  } catch (error) {
    return `Could not save in this browser: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function read(load: (storage: Storage) => string | null): ScenarioDocument | ScenarioError | undefined {
  let text: string | null;
  try {
    text = load(localStorage);
  } catch {
    return undefined;
  }
  return text === null ? undefined : fromScenarioFile(text, "saved scenario");
}

/** The last good state of the work, saved after every command; undefined when there is none yet. */
export function loadAutosave(): ScenarioDocument | undefined {
  const doc = read((s) => readParted(s, AUTOSAVE));
  return doc && !isScenarioError(doc) ? doc : undefined;
}

/**
 * Saves the current work; returns why it could not, if it could not. In parts: after a command only
 * the end of a long scenario's text changes, and only that is written again.
 */
export const saveAutosave = (doc: ScenarioDocument): string | undefined =>
  write((s) => writeParted(s, AUTOSAVE, JSON.stringify(doc)));

// Another tab saved its own work here: the next save writes every part again.
if (typeof window !== "undefined")
  window.addEventListener("storage", (e) => {
    if (e.key === null || e.key.startsWith(AUTOSAVE)) forgetParted(localStorage, AUTOSAVE);
  });

/** The names of the scenarios saved in this browser, sorted. */
export function savedNames(): string[] {
  const names: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(SAVED_PREFIX)) names.push(key.slice(SAVED_PREFIX.length));
    }
  } catch {
    return [];
  }
  return names.sort((a, b) => a.localeCompare(b));
}

export const loadSaved = (name: string): ScenarioDocument | ScenarioError | undefined =>
  read((s) => s.getItem(SAVED_PREFIX + name));

export const saveNamed = (name: string, doc: ScenarioDocument): string | undefined =>
  write((s) => s.setItem(SAVED_PREFIX + name, JSON.stringify(doc)));

export function deleteSaved(name: string): void {
  try {
    localStorage.removeItem(SAVED_PREFIX + name);
  } catch {
    // Nothing to delete where nothing can be stored.
  }
}
