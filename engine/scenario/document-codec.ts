/**
 * A scenario document as the JSON of a scenario file, and the caps of both its text forms (a share
 * link's is link-codec.ts). Every size is checked before the work it would cost: the text's length
 * before decoding, the inflated size while inflating (a small link can unpack to gigabytes), then the
 * command count and line lengths in the schema.
 */
import { readDocument, type ScenarioDocument } from "./document";
import { scenarioErrors, type ScenarioError, type ScenarioSource } from "./document-errors";

/** The longest link fragment read: far above any real scenario (the article's is ~500), far below harm. */
export const MAX_HASH_CHARS = 65_536;
/** The most bytes a link may inflate to, and the largest scenario file read. */
export const MAX_DOCUMENT_BYTES = 1_048_576;

/** A document from its JSON, or why not. */
export function parseDocumentJson(text: string, source: ScenarioSource): ScenarioDocument | ScenarioError {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return scenarioErrors.notJson(source);
  }
  return readDocument(raw, source);
}

/** The document as a scenario file: indented JSON, for people to read and diff. */
export const toScenarioFile = (doc: ScenarioDocument): string => `${JSON.stringify(doc, null, 2)}\n`;

/** Reads a scenario file or a stored scenario (`source` names which in refusals). */
export function fromScenarioFile(text: string, source: ScenarioSource): ScenarioDocument | ScenarioError {
  if (text.length > MAX_DOCUMENT_BYTES)
    return scenarioErrors.tooLong(source, text.length, MAX_DOCUMENT_BYTES);
  return parseDocumentJson(text, source);
}
