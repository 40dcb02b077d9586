/** Where a scenario waits for the page on opening: read by the entry script before the page's code loads. */

/** What marks a URL fragment as a scenario: `#s=` then the encoded document. */
export const HASH_PREFIX = "#s=";
/** The autosave of the work, in localStorage (in parts: app/scenario/parted.ts). */
export const AUTOSAVE = "netplay.autosave";

/** Whether the page may open something other than the opening: a link's scenario or saved work. */
export function mayOpenSaved(): boolean {
  if (location.hash.startsWith(HASH_PREFIX)) return true;
  try {
    return localStorage.getItem(AUTOSAVE) !== null;
  } catch {
    return false;
  }
}
