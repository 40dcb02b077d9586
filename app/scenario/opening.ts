import { isScenarioError } from "../../engine/scenario/document";
import { decodeHash } from "../../engine/scenario/document-codec";
import { openScenario, START_DOCUMENT } from "../terminal/actions";
import { HASH_PREFIX } from "./share";
import { loadAutosave, saveNamed } from "./storage";
import { useScenario } from "./store";

/** Takes the scenario out of the URL: from now on the autosave holds the work, reload included. */
const forgetHash = () => history.replaceState(null, "", location.pathname + location.search);

/**
 * Opens the scenario a link carries, if the URL has one, and says so when it cannot be read; the
 * work in progress is kept under a name first, since the link replaces it. Returns false when the URL
 * has no scenario, or a refused one.
 */
function openLink(): boolean {
  if (!location.hash.startsWith(HASH_PREFIX)) return false;
  const doc = decodeHash(location.hash.slice(HASH_PREFIX.length));
  forgetHash();
  if (isScenarioError(doc)) {
    useScenario.getState().say({ kind: "error", text: doc.error });
    return false;
  }
  const previous = loadAutosave();
  if (previous && previous.commands.length > 0)
    saveNamed(`before a link, ${new Date().toLocaleString("en-GB")}`, previous);
  void openScenario(doc);
  return true;
}

/**
 * The playground's first scenario: the link's, else the work left here last time, else the opening
 * world. A scenario pasted into the address bar later (only the fragment changes, so the page does
 * not reload) opens too.
 */
export function openPlayground(): void {
  if (!openLink()) void openScenario(loadAutosave() ?? START_DOCUMENT);
  window.addEventListener("hashchange", openLink);
}
