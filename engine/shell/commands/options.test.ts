import { describe, expect, it } from "vitest";
import { runText } from "../testing";
import { parseOptions } from "./options";

describe("parseOptions", () => {
  const spec = { name: "tool", short: "ab:", long: { all: "a", base: "b:" }, unimplemented: "z" };

  it("reads clustered options, attached and separate arguments, and options after operands", () => {
    expect(parseOptions(["-ab1", "x", "-b", "2", "--base=3", "--all", "--", "-a"], spec)).toEqual({
      options: [
        ["a", ""],
        ["b", "1"],
        ["b", "2"],
        ["b", "3"],
        ["a", ""],
      ],
      operands: ["x", "-a"],
    });
  });

  it("words errors as GNU getopt does", () => {
    expect(parseOptions(["-q"], spec)).toEqual({
      error: "tool: invalid option -- 'q'\nTry 'tool --help' for more information.\n",
    });
    expect(parseOptions(["-b"], spec)).toEqual({
      error: "tool: option requires an argument -- 'b'\nTry 'tool --help' for more information.\n",
    });
    expect(parseOptions(["--nope"], spec)).toEqual({
      error: "tool: unrecognized option '--nope'\nTry 'tool --help' for more information.\n",
    });
  });

  it("says when a real option is one the playground lacks, instead of calling it invalid", () => {
    expect(parseOptions(["-z"], spec)).toEqual({
      error: "tool: option -z is not supported by the playground\n",
    });
  });
});

describe("options the playground lacks", () => {
  it.each([
    ["grep -o a", "grep: option -o is not supported by the playground\n", 2],
    ["sort -k2", "sort: option -k is not supported by the playground\n", 2],
    ["cat -n", "cat: option -n is not supported by the playground\n", 1],
  ])("%s", (script, text, status) => {
    expect(runText(script)).toMatchObject({ text, status });
  });
});

it("does not take Object's own properties for long options", () => {
  expect(runText("grep --constructor x")).toMatchObject({
    text: "grep: unrecognized option '--constructor'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
    status: 2,
  });
});
