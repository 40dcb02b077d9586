// Expected output and status were recorded from GNU coreutils 9.1 on Debian 12 (LC_ALL=C.UTF-8),
// running the same lines under `bash`; record them the same way when a case changes.
import { describe, expect, it } from "vitest";
import { runText } from "../testing";

const FILES = "echo 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12' > n; echo -n 'a\nb\nc' > nonl";

describe("wc", () => {
  it.each([
    ["wc -l n", "12 n\n", 0],
    ["wc n", "12 12 39 n\n", 0],
    ["wc -c n", "39 n\n", 0],
    ["wc -w n", "12 n\n", 0],
    ["wc -l < n", "12\n", 0],
    ["cat n | wc", "     12      12      39\n", 0],
    ["cat n | wc -l", "12\n", 0],
    ["cat n | wc -lc", "     12      39\n", 0],
    ["wc -l n nonl", "12 n\n 2 nonl\n14 total\n", 0],
    ["wc n nonl", "12 12 39 n\n 2  3  5 nonl\n14 15 44 total\n", 0],
    ["wc -l nofile n", "wc: nofile: No such file or directory\n12 n\n12 total\n", 1],
    ["wc -m n", "39 n\n", 0],
    ["echo 'héllo wörld' | wc", "      1       2      14\n", 0],
    ["echo 'héllo wörld' | wc -m", "12\n", 0],
    ["echo '  two   words  ' | wc -w", "2\n", 0],
    ["wc -x", "wc: invalid option -- 'x'\nTry 'wc --help' for more information.\n", 1],
    [
      "echo 'x y' > 'a b'; wc 'a b' 'c d'",
      "1 2 4 a b\nwc: 'c d': No such file or directory\n1 2 4 total\n",
      1,
    ],
    ["cat n | wc -l -", "12 -\n", 0],
    ["wc --lines n", "12 n\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${FILES}\n${script}`)).toMatchObject({ text: expected, status });
  });
});
