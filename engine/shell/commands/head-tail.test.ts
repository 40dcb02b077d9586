// Expected output and status were recorded from GNU coreutils 9.1 on Debian 12 (LC_ALL=C.UTF-8),
// running the same lines under `bash`; record them the same way when a case changes.
import { describe, expect, it } from "vitest";
import { runText } from "../testing";

const FILES = "echo 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12' > n; echo -n 'a\nb\nc' > nonl";

describe("head", () => {
  it.each([
    ["head n", "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n", 0],
    ["head -n 3 n", "l1\nl2\nl3\n", 0],
    ["head -3 n", "l1\nl2\nl3\n", 0],
    ["head -n -10 n", "l1\nl2\n", 0],
    ["head -n +2 n", "l1\nl2\n", 0],
    ["head -n 0 n", "", 0],
    ["head -n -1 nonl", "a\nb\n", 0],
    ["head -n 2 nonl", "a\nb\n", 0],
    ["head -n 5 nonl", "a\nb\nc", 0],
    ["head -n x n", "head: invalid number of lines: ‘x’\n", 1],
    ["head -n -x n", "head: invalid number of lines: ‘x’\n", 1],
    ["head -n 2 n nonl", "==> n <==\nl1\nl2\n\n==> nonl <==\na\nb\n", 0],
    [
      "head -n 1 n nofile nonl",
      "==> n <==\nl1\nhead: cannot open 'nofile' for reading: No such file or directory\n\n==> nonl <==\na\n",
      1,
    ],
    ["head -q -n 1 n nonl", "l1\na\n", 0],
    ["head -v -n 1 n", "==> n <==\nl1\n", 0],
    ["cat n | head -n 2", "l1\nl2\n", 0],
    ["head -n 1 - n < nonl", "==> standard input <==\na\n\n==> n <==\nl1\n", 0],
    ["head -n", "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n", 1],
    ["head -n 1constructor n", "head: invalid number of lines: ‘1constructor’\n", 1],
    ["head -n 1k n | wc -l", "12\n", 0],
    ["head --lines=2 n", "l1\nl2\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${FILES}\n${script}`)).toMatchObject({ text: expected, status });
  });
});

describe("tail", () => {
  it.each([
    ["tail n", "l3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\n", 0],
    ["tail -n 3 n", "l10\nl11\nl12\n", 0],
    ["tail -3 n", "l10\nl11\nl12\n", 0],
    ["tail -n +11 n", "l11\nl12\n", 0],
    ["tail +11 n", "l11\nl12\n", 0],
    ["tail -n 0 n", "", 0],
    ["tail -n +0 n | wc -l", "12\n", 0],
    ["tail -n 1 nonl", "c", 0],
    ["tail -n 2 nonl", "b\nc", 0],
    ["tail -n +2 nonl", "b\nc", 0],
    [
      "tail -n 1 n nonl nofile",
      "==> n <==\nl12\n\n==> nonl <==\nctail: cannot open 'nofile' for reading: No such file or directory\n",
      1,
    ],
    ["tail -n x n", "tail: invalid number of lines: ‘x’\n", 1],
    ["tail -n +x n", "tail: invalid number of lines: ‘+x’\n", 1],
    ["tail -n - n", "tail: invalid number of lines: ‘’\n", 1],
    ["echo | tail -n 1 | wc -c", "1\n", 0],
    ["cat n | tail -n 2", "l11\nl12\n", 0],
    ["tail -n 1 -q n nonl", "l12\nc", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${FILES}\n${script}`)).toMatchObject({ text: expected, status });
  });
});
