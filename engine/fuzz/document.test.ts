import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { toBase64url } from "../scenario/document-base64url";
import { fromScenarioFile, toScenarioFile } from "../scenario/document-codec";
import { decodeHash, encodeHash } from "../scenario/link-codec";
import { isScenarioError, type ScenarioDocument } from "../scenario/document";
import { fuzzParameters } from "./config";

/** A refusal the page can show: one sentence of text, never an exception or an empty message. */
function expectClearError(result: ScenarioDocument | { error: string }): void {
  if (!isScenarioError(result)) return;
  expect(result.error).toMatch(/^The (link|file|saved scenario) .+\.$/s);
}

const line = fc.oneof(
  fc.constantFrom("iptables -S", "docker run -d --name web -p 8080:80 nginx", "curl -s http://198.18.5.130/"),
  fc.string({ maxLength: 60 }),
);
const netns = fc.oneof(fc.constantFrom("host", "router", "laptop", "web"), fc.string({ maxLength: 70 }));

/** Documents near the schema: valid ones, and ones with a field off (a wrong type, a stray key, a bad name). */
const document = fc.record(
  {
    version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, fc.jsonValue({ maxDepth: 1 })),
    world: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("empty", "bare", "docker", "docker-28") },
      fc.string(),
    ),
    commands: fc.oneof(
      { weight: 6, arbitrary: fc.array(fc.record({ netns, line }), { maxLength: 5 }) },
      fc.jsonValue({ maxDepth: 2 }),
    ),
    layout: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.dictionary(
          fc.constantFrom("ns:host", "ns:web", "if:host/eth0", "bad id"),
          fc.record({ x: fc.double(), y: fc.integer() }),
          { maxKeys: 3 },
        ),
      },
      fc.jsonValue({ maxDepth: 2 }),
    ),
    selection: fc.record({ command: fc.integer({ min: -1, max: 6 }), packet: fc.nat(3), step: fc.nat(20) }),
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: ["version", "world", "commands", "layout"] },
);

const packed = (value: unknown) => toBase64url(deflateSync(strToU8(JSON.stringify(value) ?? "")));

describe("random scenario documents and URL hashes load or give a clear error", () => {
  it("as link fragments of random text", { timeout: 600_000 }, () => {
    const base64url = fc.string({
      unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), base64url, fc.uint8Array().map(toBase64url)), (hash) =>
        expectClearError(decodeHash(hash)),
      ),
      fuzzParameters(25_000),
    );
  });

  it(
    "as links and files of documents near the schema; what loads comes back the same",
    { timeout: 600_000 },
    () => {
      fc.assert(
        fc.property(document, (doc) => {
          const fromLink = decodeHash(packed(doc));
          expectClearError(fromLink);
          const fromFile = fromScenarioFile(JSON.stringify(doc), "file");
          if (isScenarioError(fromLink)) {
            // The same refusal, naming where the document came from.
            expect(fromFile).toEqual({ error: fromLink.error.replace("The link", "The file") });
            return;
          }
          expect(fromFile).toEqual(fromLink);
          expect(decodeHash(encodeHash(fromLink))).toEqual(fromLink);
          expect(fromScenarioFile(toScenarioFile(fromLink), "file")).toEqual(fromLink);
        }),
        fuzzParameters(4_000),
      );
    },
  );

  it("as links of any JSON at all", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectClearError(decodeHash(packed(value)))),
      fuzzParameters(4_000),
    );
  });
});
