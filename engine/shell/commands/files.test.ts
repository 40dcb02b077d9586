// Expected output and status were recorded from GNU coreutils 9.1 on Debian 12 (LC_ALL=C.UTF-8),
// running the same lines under `bash`; record them the same way when a case changes.
import { describe, expect, it } from "vitest";
import { WORLD_EPOCH_MS } from "../../world";
import { runText } from "../testing";

describe("tee", () => {
  it.each([
    ["echo data | tee t1 t2; cat t1 t2", "data\ndata\ndata\n", 0],
    ["echo a > t; echo more | tee -a t > /dev/null; cat t", "a\nmore\n", 0],
    ["echo null | tee /dev/null", "null\n", 0],
    ["tee -x", "tee: invalid option -- 'x'\nTry 'tee --help' for more information.\n", 1],
  ])("%s", (script, expected, status) => {
    expect(runText(script)).toMatchObject({ text: expected, status });
  });
});

describe("rm", () => {
  it.each([
    ["echo > t; rm t; echo $?; rm t", "0\nrm: cannot remove 't': No such file or directory\n", 1],
    ["rm -f t", "", 0],
    ["rm", "rm: missing operand\nTry 'rm --help' for more information.\n", 1],
    ["rm -f", "", 0],
    ["echo > t; rm -v t", "removed 't'\n", 0],
    ["rm -z", "rm: invalid option -- 'z'\nTry 'rm --help' for more information.\n", 1],
    ["rm 'a b'", "rm: cannot remove 'a b': No such file or directory\n", 1],
  ])("%s", (script, expected, status) => {
    expect(runText(script)).toMatchObject({ text: expected, status });
  });
});

describe("sleep", () => {
  it.each([
    ["sleep 0.01", "", 0],
    ["sleep x", "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n", 1],
    [
      "sleep x 1y",
      "sleep: invalid time interval ‘x’\nsleep: invalid time interval ‘1y’\nTry 'sleep --help' for more information.\n",
      1,
    ],
    ["sleep", "sleep: missing operand\nTry 'sleep --help' for more information.\n", 1],
    ["sleep -1", "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n", 1],
  ])("%s", (script, expected, status) => {
    expect(runText(script)).toMatchObject({ text: expected, status });
  });
});

describe("sleep and the virtual clock", () => {
  it("moves world.clock on by the sum of its arguments and prints nothing", () => {
    const { text, world } = runText("sleep 1; sleep 0.5 2m");
    expect(text).toBe("");
    expect(world.clock - WORLD_EPOCH_MS).toBe(1000 + 500 + 120_000);
  });
});
