/**
 * A scenario document as text: the fragment of a share link (JSON → raw deflate → base64url) and the
 * JSON of a scenario file. Every size is checked before the work it would cost: the text's length
 * before decoding, the inflated size while inflating (a small link can unpack to gigabytes), then the
 * command count and line lengths in the schema.
 */
import { deflateSync, Inflate, strToU8, strFromU8 } from "fflate";
import { fromBase64url, toBase64url } from "./document-base64url";
import { readDocument, type ScenarioDocument } from "./document";
import { scenarioErrors, type ScenarioError, type ScenarioSource } from "./document-errors";

/** The longest link fragment read: far above any real scenario (the article's is ~500), far below harm. */
export const MAX_HASH_CHARS = 65_536;
/** The most bytes a link may inflate to, and the largest scenario file read. */
export const MAX_DOCUMENT_BYTES = 1_048_576;
/** Input fed to the inflater at a time, so that one step can never produce more than ~1 MB. */
const INFLATE_SLICE = 1024;

/** The document as the fragment of a share link. */
export function encodeHash(doc: ScenarioDocument): string {
  return toBase64url(deflateSync(strToU8(JSON.stringify(doc)), { level: 9 }));
}

/** Inflates raw deflate data, giving up as soon as the output passes `max` bytes. */
function inflateCapped(data: Uint8Array, max: number, source: ScenarioSource): Uint8Array | ScenarioError {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
    ended ||= final;
  });
  try {
    for (let at = 0; at < data.length && total <= max; at += INFLATE_SLICE)
      inflater.push(data.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= data.length);
  } catch (error) {
    return scenarioErrors.notDeflate(source, error instanceof Error ? error.message : String(error));
  }
  if (total > max) return scenarioErrors.inflatesTooFar(source, max);
  if (!ended) return scenarioErrors.notDeflate(source, "unexpected EOF");
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function parseJson(text: string, source: ScenarioSource): ScenarioDocument | ScenarioError {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return scenarioErrors.notJson(source);
  }
  return readDocument(raw, source);
}

/** Reads a share link's fragment (without its `#s=`); refuses oversized or damaged ones with a message. */
export function decodeHash(hash: string): ScenarioDocument | ScenarioError {
  if (hash.length > MAX_HASH_CHARS) return scenarioErrors.tooLong("link", hash.length, MAX_HASH_CHARS);
  const packed = fromBase64url(hash);
  if (!packed) return scenarioErrors.notBase64url("link");
  const json = inflateCapped(packed, MAX_DOCUMENT_BYTES, "link");
  if (!(json instanceof Uint8Array)) return json;
  return parseJson(strFromU8(json), "link");
}

/** The document as a scenario file: indented JSON, for people to read and diff. */
export const toScenarioFile = (doc: ScenarioDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

/** Reads a scenario file or a stored scenario (`source` names which in refusals). */
export function fromScenarioFile(text: string, source: ScenarioSource): ScenarioDocument | ScenarioError {
  if (text.length > MAX_DOCUMENT_BYTES)
    return scenarioErrors.tooLong(source, text.length, MAX_DOCUMENT_BYTES);
  return parseJson(text, source);
}
