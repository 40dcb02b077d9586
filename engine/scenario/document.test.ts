import { describe, expect, it } from "vitest";
import { MAX_COMMANDS, MAX_LINE_CHARS, readDocument, type ScenarioDocument } from "./document";
import { worldNames } from "./worlds";

const DOC: ScenarioDocument = {
  version: 1,
  world: "docker",
  commands: [
    { netns: "host", line: "docker run -d --name web2 -p 8081:80 nginx" },
    { netns: "web2", line: "iptables -S" },
  ],
  layout: { "ns:web2": { x: 120, y: -40.5 } },
  selection: { command: 0, packet: 1, step: 3 },
};

const read = (raw: unknown) => readDocument(raw, "file");

describe("readDocument", () => {
  it("reads a version 1 document as it is", () => {
    expect(read(structuredClone(DOC))).toEqual(DOC);
    const { selection: _, ...unselected } = DOC;
    expect(read(unselected)).toEqual(unselected);
  });

  it("knows every world preset, and nothing else", () => {
    for (const world of worldNames) expect(read({ ...DOC, world })).toEqual({ ...DOC, world });
    expect(read({ ...DOC, world: "docker-19" })).toEqual({
      error: "The file is not a valid scenario: world: not a world the playground has.",
    });
  });

  it("refuses documents without a version, of a newer version, or of an unknown one", () => {
    expect(read([1, 2])).toEqual({ error: "The file is not a playground scenario: it has no version." });
    expect(read(null)).toEqual({ error: "The file is not a playground scenario: it has no version." });
    expect(read({ ...DOC, version: 2 })).toEqual({
      error:
        "The file holds a scenario of version 2, made by a newer playground; this one reads versions up to 1.",
    });
    expect(read({ ...DOC, version: "1" })).toEqual({
      error: 'The file holds a scenario of an unknown version ("1").',
    });
    expect(read({ ...DOC, version: 0 })).toEqual({
      error: "The file holds a scenario of an unknown version (0).",
    });
  });

  it("refuses unknown keys, wrong types and bad names, saying where", () => {
    expect(read({ ...DOC, extra: true })).toEqual({
      error: "The file is not a valid scenario: extra: a field scenarios do not have.",
    });
    expect(read({ ...DOC, commands: [{ netns: "host", line: 7 }] })).toEqual({
      error:
        "The file is not a valid scenario: commands.0.line: Invalid type: Expected string but received 7.",
    });
    expect(read({ ...DOC, commands: [{ netns: "a b", line: "ls" }] })).toEqual({
      error: "The file is not a valid scenario: commands.0.netns: not a namespace name.",
    });
    expect(read({ ...DOC, layout: { "ns:web": { x: 1, y: JSON.parse("1e999") } } })).toEqual({
      error: "The file is not a valid scenario: layout.ns:web.y: Invalid finite: Received Infinity.",
    });
    expect(read({ ...DOC, selection: { command: 2, packet: 0, step: 0 } })).toEqual({
      error:
        "The file is not a valid scenario: selection.command: names a command the scenario does not have.",
    });
    expect(read({ ...DOC, selection: { command: 0, packet: -1, step: 0 } })).toEqual({
      error:
        "The file is not a valid scenario: selection.packet: Invalid value: Expected >=0 but received -1.",
    });
  });

  it("refuses too many commands and too long lines", () => {
    const many = Array.from({ length: MAX_COMMANDS + 1 }, () => ({ netns: "host", line: "true" }));
    expect(read({ ...DOC, commands: many, selection: undefined })).toEqual({
      error: "The file is not a valid scenario: commands: 1001 commands, at most 1000.",
    });
    const long = { netns: "host", line: "x".repeat(MAX_LINE_CHARS + 1) };
    expect(read({ ...DOC, commands: [long] })).toEqual({
      error: "The file is not a valid scenario: commands.0.line: 65537 characters long, at most 65536.",
    });
  });
});
