/**
 * A long text kept in localStorage in parts, so that saving it again after a change near its end
 * rewrites only the parts that changed. A scenario holding a pasted 10,000-rule ruleset is ~0.5 MB of
 * JSON, saved after every command; setItem costs the page's main thread tens of ms per MB each time.
 * A text of one part is stored under its key as it is; a longer one as `parts:N` under the key and
 * the parts under `KEY#0` … `KEY#N-1`.
 */

/** Characters per part: a part's setItem stays within a few ms. */
export const PART = 65_536;
const HEADER = "parts:";

const partKey = (key: string, i: number) => `${key}#${i}`;

/** The parts this page last wrote, by storage and key: they are stored as they are until changed. */
const written = new WeakMap<Storage, Map<string, readonly string[]>>();

function partsOf(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += PART) parts.push(text.slice(at, at + PART));
  return parts;
}

/** How many parts are stored under `key` now (0 for a text stored whole, or none). */
function storedCount(storage: Storage, key: string): number {
  const head = storage.getItem(key);
  return head?.startsWith(HEADER) ? Number(head.slice(HEADER.length)) || 0 : 0;
}

/** Stores `text` under `key`, writing only the parts that differ from what this page wrote last. Throws as setItem does. */
export function writeParted(storage: Storage, key: string, text: string): void {
  let byKey = written.get(storage);
  if (!byKey) written.set(storage, (byKey = new Map()));
  const before = byKey.get(key);
  const count = before ? before.length : storedCount(storage, key);
  // Until every write went through, what is stored is unknown: the next save writes everything.
  byKey.delete(key);
  const parts = text.length > PART ? partsOf(text) : [];
  for (const [i, part] of parts.entries()) if (before?.[i] !== part) storage.setItem(partKey(key, i), part);
  storage.setItem(key, parts.length > 0 ? `${HEADER}${parts.length}` : text);
  for (let i = parts.length; i < count; i++) storage.removeItem(partKey(key, i));
  byKey.set(key, parts);
}

/** The text stored under `key` by writeParted (or by a plain setItem); null when there is none. */
export function readParted(storage: Storage, key: string): string | null {
  const head = storage.getItem(key);
  if (!head?.startsWith(HEADER)) return head;
  const parts: string[] = [];
  for (let i = 0; i < storedCount(storage, key); i++) {
    const part = storage.getItem(partKey(key, i));
    if (part === null) return null;
    parts.push(part);
  }
  return parts.join("");
}

/** Another tab wrote under `key`: what this page wrote is no longer what is stored. */
export function forgetParted(storage: Storage, key: string): void {
  written.get(storage)?.delete(key);
}
