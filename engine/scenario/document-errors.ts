/** Where a scenario document came from, named in every refusal so the reader knows what to distrust. */
export type ScenarioSource = "link" | "file" | "saved scenario";

/** A refusal to read a scenario: the message says why, in words the reader can act on. */
export interface ScenarioError {
  readonly error: string;
}

const count = (n: number): string => n.toLocaleString("en-US");

/** The refusals of the scenario reader, one catalog (style rule 10). */
export const scenarioErrors = {
  tooLong: (source: ScenarioSource, length: number, max: number): ScenarioError => ({
    error: `The ${source} is too long to be a scenario: ${count(length)} characters, at most ${count(max)}.`,
  }),
  notBase64url: (source: ScenarioSource): ScenarioError => ({
    error: `The ${source} is damaged: its scenario is not base64url text.`,
  }),
  notDeflate: (source: ScenarioSource, why: string): ScenarioError => ({
    error: `The ${source} is damaged: its scenario does not decompress (${why}).`,
  }),
  inflatesTooFar: (source: ScenarioSource, max: number): ScenarioError => ({
    error: `The ${source} is refused: its scenario decompresses to more than ${count(max)} bytes.`,
  }),
  notJson: (source: ScenarioSource): ScenarioError => ({
    error: `The ${source} is damaged: its scenario is not JSON.`,
  }),
  noVersion: (source: ScenarioSource): ScenarioError => ({
    error: `The ${source} is not a playground scenario: it has no version.`,
  }),
  newerVersion: (source: ScenarioSource, version: number, current: number): ScenarioError => ({
    error: `The ${source} holds a scenario of version ${version}, made by a newer playground; this one reads versions up to ${current}.`,
  }),
  unknownVersion: (source: ScenarioSource, version: unknown): ScenarioError => ({
    error: `The ${source} holds a scenario of an unknown version (${JSON.stringify(version)}).`,
  }),
  invalid: (source: ScenarioSource, where: string, why: string): ScenarioError => ({
    error: `The ${source} is not a valid scenario: ${where}: ${why}.`,
  }),
} as const;
