import OPENING from "virtual:opening-snapshot";
import { isScenarioError, type ScenarioDocument } from "../../engine/scenario/document";
import { openScenario } from "../terminal/actions";
import { isStartDocument, START_DOCUMENT } from "../world/start";
import { openFirst } from "./first-open";
import { HASH_PREFIX } from "./keys-stored";
import { loadAutosave, saveNamed } from "./storage";
import { useScenario } from "./store";

/** Takes the scenario out of the URL: from now on the autosave holds the work, reload included. */
const forgetHash = () => history.replaceState(null, "", location.pathname + location.search);

/** Whether the URL carries a scenario (a link's fragment). */
const hasLink = () => location.hash.startsWith(HASH_PREFIX);

/**
 * The scenario the URL's link carries; says so when it cannot be read. The work in progress is kept
 * under a name first, since the link replaces it. The link's codec (fflate) loads only now.
 */
async function linkDocument(): Promise<ScenarioDocument | undefined> {
  const hash = location.hash.slice(HASH_PREFIX.length);
  forgetHash();
  const { decodeHash } = await import("../../engine/scenario/link-codec");
  const doc = decodeHash(hash);
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
  /**
   * Settles once the page may be drawn: the snapshot replayed, or the first scenario queued for the
   * engine (a link's once it is read), so that nothing typed can run before it.
   */
  readonly drawable: Promise<void>;
}

/**
 * The playground's first scenario: the link's, else the work left here last time, else the opening
 * world, which is drawn from the build's snapshot of it without waiting for the engine. A scenario
 * pasted into the address bar later (only the fragment changes, so the page does not reload) opens too.
 */
export function openPlayground(): Opening {
  window.addEventListener("hashchange", () => {
    if (hasLink()) void linkDocument().then((linked) => linked && openScenario(linked));
  });
  if (hasLink()) {
    const queued = linkDocument().then((linked) => {
      void openFirst(linked ?? loadAutosave() ?? START_DOCUMENT);
    });
    return { fromSnapshot: false, drawable: queued };
  }
  const doc = loadAutosave() ?? START_DOCUMENT;
  const fromSnapshot = isStartDocument(doc);
  const opened = openFirst(doc, fromSnapshot ? OPENING : undefined);
  return { fromSnapshot, drawable: fromSnapshot ? opened : Promise.resolve() };
}
