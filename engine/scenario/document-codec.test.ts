import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { ARTICLE_COMPOSE } from "../docker/testing";
import type { ScenarioDocument } from "./document";
import { toBase64url } from "./document-base64url";
import { fromScenarioFile, MAX_DOCUMENT_BYTES, MAX_HASH_CHARS, toScenarioFile } from "./document-codec";
import { decodeHash, encodeHash } from "./link-codec";

/** The article's compose scenario as a reader would share it: the file, compose up, a curl from the LAN. */
const COMPOSE: ScenarioDocument = {
  version: 1,
  world: "docker-20.10",
  commands: [
    { netns: "host", line: `cat > docker-compose.yml <<'EOF'\n${ARTICLE_COMPOSE}EOF` },
    { netns: "host", line: "docker compose up -d" },
    { netns: "laptop", line: "curl -s http://192.168.31.228:8081/" },
  ],
  layout: {
    "ns:host": { x: 412.5, y: 180 },
    "ns:caddy": { x: 640, y: 420 },
    "ns:laptop": { x: 96, y: 180 },
  },
  selection: { command: 2, packet: 0, step: 14 },
};

/** Where the playground is published: the longest origin and path we expect to share from. */
const BASE = "https://netfilter-playground.github.io/netfilter-playground/#s=";

const deflated = (text: string) => toBase64url(deflateSync(strToU8(text)));

describe("share links", () => {
  it("round-trips a document through its link", () => {
    expect(decodeHash(encodeHash(COMPOSE))).toEqual(COMPOSE);
    const unicode = {
      ...COMPOSE,
      commands: [{ netns: "host", line: "echo 'naïve — ✓'" }],
      selection: undefined,
    };
    expect(decodeHash(encodeHash(unicode))).toEqual(unicode);
  });

  it("fits the article's compose scenario in 1 KB of URL", () => {
    const url = BASE + encodeHash(COMPOSE);
    expect(url.length).toBe(590);
    expect(url.length).toBeLessThanOrEqual(1024);
  });

  it("refuses an oversized link before decoding it", () => {
    expect(decodeHash("A".repeat(10 * 1024 * 1024))).toEqual({
      error: "The link is too long to be a scenario: 10,485,760 characters, at most 65,536.",
    });
    expect(decodeHash("!".repeat(MAX_HASH_CHARS + 1))).toEqual({
      error: "The link is too long to be a scenario: 65,537 characters, at most 65,536.",
    });
  });

  it("refuses text that is not base64url", () => {
    const damaged = { error: "The link is damaged: its scenario is not base64url text." };
    expect(decodeHash("abc+def/")).toEqual(damaged);
    expect(decodeHash("abc=")).toEqual(damaged);
    expect(decodeHash("abcde")).toEqual(damaged);
  });

  it("refuses data that does not inflate, or is cut short", () => {
    expect(decodeHash(toBase64url(new Uint8Array([255, 255, 255, 1, 2, 3])))).toEqual({
      error: "The link is damaged: its scenario does not decompress (invalid block type).",
    });
    expect(decodeHash(encodeHash(COMPOSE).slice(0, 100))).toEqual({
      error: "The link is damaged: its scenario does not decompress (unexpected EOF).",
    });
    expect(decodeHash("")).toEqual({
      error: "The link is damaged: its scenario does not decompress (unexpected EOF).",
    });
  });

  it("stops inflating a zip bomb at 1 MB", () => {
    const bomb = toBase64url(deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_HASH_CHARS);
    expect(decodeHash(bomb)).toEqual({
      error: "The link is refused: its scenario decompresses to more than 1,048,576 bytes.",
    });
  });

  it("refuses what is not JSON, or not a scenario", () => {
    expect(decodeHash(deflated("{version: 1"))).toEqual({
      error: "The link is damaged: its scenario is not JSON.",
    });
    expect(decodeHash(deflated('{"version":1,"world":"docker","commands":[]}'))).toEqual({
      error:
        'The link is not a valid scenario: layout: Invalid key: Expected "layout" but received undefined.',
    });
  });
});

describe("scenario files", () => {
  it("round-trips a document through its file", () => {
    const file = toScenarioFile(COMPOSE);
    expect(file.startsWith('{\n  "version": 1,\n  "world": "docker-20.10",\n')).toBe(true);
    expect(fromScenarioFile(file, "file")).toEqual(COMPOSE);
  });

  it("refuses an oversized file, or one that is not JSON", () => {
    expect(fromScenarioFile(" ".repeat(MAX_DOCUMENT_BYTES + 1), "file")).toEqual({
      error: "The file is too long to be a scenario: 1,048,577 characters, at most 1,048,576.",
    });
    expect(fromScenarioFile("version: 1", "saved scenario")).toEqual({
      error: "The saved scenario is damaged: its scenario is not JSON.",
    });
  });
});
