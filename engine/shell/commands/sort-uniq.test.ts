// Expected output and status were recorded from GNU coreutils 9.1 on Debian 12 (LC_ALL=C.UTF-8),
// running the same lines under `bash`; record them the same way when a case changes.
import { describe, expect, it } from "vitest";
import { runText } from "../testing";

const FILES =
  "echo 'b\na\n10\n9\n-1\n a\nB\n\n1e3\n0x10\n2.5\n+3\n-0\n.5\n-.5' > s; echo 'a\na\nb\na\nA\na' > u; echo -n 'z' > nonl";

describe("sort", () => {
  it.each([
    ["sort s", "\n a\n+3\n-.5\n-0\n-1\n.5\n0x10\n10\n1e3\n2.5\n9\nB\na\nb\n", 0],
    ["sort -n s", "-1\n-.5\n\n a\n+3\n-0\n0x10\nB\na\nb\n.5\n1e3\n2.5\n9\n10\n", 0],
    ["sort -r s", "b\na\nB\n9\n2.5\n1e3\n10\n0x10\n.5\n-1\n-0\n-.5\n+3\n a\n\n", 0],
    ["sort -u s", "\n a\n+3\n-.5\n-0\n-1\n.5\n0x10\n10\n1e3\n2.5\n9\nB\na\nb\n", 0],
    ["sort -nr s", "10\n9\n2.5\n1e3\n.5\nb\na\nB\n0x10\n-0\n+3\n a\n\n-.5\n-1\n", 0],
    ["sort -nu s", "-1\n-.5\nb\n.5\n1e3\n2.5\n9\n10\n", 0],
    ["sort -rn -u s", "10\n9\n2.5\n1e3\n.5\nb\n-.5\n-1\n", 0],
    ["sort -ru s", "b\na\nB\n9\n2.5\n1e3\n10\n0x10\n.5\n-1\n-0\n-.5\n+3\n a\n\n", 0],
    ["sort s nonl", "\n a\n+3\n-.5\n-0\n-1\n.5\n0x10\n10\n1e3\n2.5\n9\nB\na\nb\nz\n", 0],
    ["sort nofile", "sort: cannot read: nofile: No such file or directory\n", 2],
    ["sort -x s", "sort: invalid option -- 'x'\nTry 'sort --help' for more information.\n", 2],
    ["cat nonl | sort", "z\n", 0],
    ["sort u | uniq -c", "      1 A\n      4 a\n      1 b\n", 0],
    ["sort --reverse u", "b\na\na\na\na\nA\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${FILES}\n${script}`)).toMatchObject({ text: expected, status });
  });
});

describe("uniq", () => {
  it.each([
    ["uniq u", "a\nb\na\nA\na\n", 0],
    ["uniq -c u", "      2 a\n      1 b\n      1 a\n      1 A\n      1 a\n", 0],
    ["uniq -d u", "a\n", 0],
    ["uniq -u u", "b\na\nA\na\n", 0],
    ["uniq -i u", "a\nb\na\n", 0],
    ["uniq -ic u", "      2 a\n      1 b\n      3 a\n", 0],
    ["uniq nofile", "uniq: nofile: No such file or directory\n", 1],
    ["uniq u uout; cat uout", "a\nb\na\nA\na\n", 0],
    ["uniq a b c", "uniq: extra operand ‘c’\nTry 'uniq --help' for more information.\n", 1],
    ["uniq nonl", "z\n", 0],
    ["cat u | uniq -d -", "a\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${FILES}\n${script}`)).toMatchObject({ text: expected, status });
  });
});
