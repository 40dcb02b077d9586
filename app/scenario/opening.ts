import OPENING from "virtual:opening-snapshot";
import { isScenarioError, type ScenarioDocument } from "../../engine/scenario/document";
import { decodeHash } from "../../engine/scenario/document-codec";
import { openScenario } from "../terminal/actions";
import { isStartDocument, START_DOCUMENT } from "../world/start";
import { openFirst } from "./first-open";
import { HASH_PREFIX } from "./keys-stored";
import { loadAutosave, saveNamed } from "./storage";
import { useScenario } from "./store";

/** Takes the scenario out of the URL: from now on the autosave holds the work, reload included. */
const forgetHash = () => history.replaceState(null, "", location.pathname + location.search);

/**
 * The scenario a link carries, if the URL has one; says so when it cannot be read. The work in
 * progress is kept under a name first, since the link replaces it.
 */
function linkDocument(): ScenarioDocument | undefined {
  if (!location.hash.startsWith(HASH_PREFIX)) return undefined;
  const doc = decodeHash(location.hash.slice(HASH_PREFIX.length));
  forgetHash();
  if (isScenarioError(doc)) {
    useScenario.getState().say({ kind: "error", text: doc.error });
    return undefined;
  }
  const previous = loadAutosave();
  if (previous && previous.commands.length > 0)
    saveNamed(`before a link, ${new Date().toLocaleString("en-GB")}`, previous);
  return doc;
}

/** How the page opens: on the build's snapshot of the opening, or on the engine. */
export interface Opening {
  /** Whether the page opens on the snapshot, so the worker can start once the page is painted. */
  readonly fromSnapshot: boolean;
  /** Settles once the first scenario is open. */
  readonly opened: Promise<void>;
}

/**
 * The playground's first scenario: the link's, else the work left here last time, else the opening
 * world, which is drawn from the build's snapshot of it without waiting for the engine. A scenario
 * pasted into the address bar later (only the fragment changes, so the page does not reload) opens too.
 */
export function openPlayground(): Opening {
  const doc = linkDocument() ?? loadAutosave() ?? START_DOCUMENT;
  const fromSnapshot = isStartDocument(doc);
  const opened = openFirst(doc, fromSnapshot ? OPENING : undefined);
  window.addEventListener("hashchange", () => {
    const linked = linkDocument();
    if (linked) void openScenario(linked);
  });
  return { fromSnapshot, opened };
}
