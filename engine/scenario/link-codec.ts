/**
 * A scenario document as the fragment of a share link: JSON → raw deflate → base64url. Apart from
 * document-codec.ts so that the page loads the deflate code (fflate) only for a link or Share.
 */
import { deflateSync, Inflate, strToU8, strFromU8 } from "fflate";
import type { ScenarioDocument } from "./document";
import { fromBase64url, toBase64url } from "./document-base64url";
import { MAX_DOCUMENT_BYTES, MAX_HASH_CHARS, parseDocumentJson } from "./document-codec";
import { scenarioErrors, type ScenarioError, type ScenarioSource } from "./document-errors";

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

/** Reads a share link's fragment (without its `#s=`); refuses oversized or damaged ones with a message. */
export function decodeHash(hash: string): ScenarioDocument | ScenarioError {
  if (hash.length > MAX_HASH_CHARS) return scenarioErrors.tooLong("link", hash.length, MAX_HASH_CHARS);
  const packed = fromBase64url(hash);
  if (!packed) return scenarioErrors.notBase64url("link");
  const json = inflateCapped(packed, MAX_DOCUMENT_BYTES, "link");
  if (!(json instanceof Uint8Array)) return json;
  return parseDocumentJson(strFromU8(json), "link");
}
