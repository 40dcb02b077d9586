// Expected output and status were recorded from bash 5.2 and GNU coreutils 9.1 on Debian 12 (LC_ALL=C.UTF-8),
// running the same lines under `bash`; record them the same way when a case changes.
import { describe, expect, it } from "vitest";
import { runText } from "../testing";

const FILES = "echo one > f; echo -n two > g";

describe("echo", () => {
  it.each([
    ["echo", "\n", 0],
    ["echo -- -x", "-- -x\n", 0],
    ["echo -nx", "-nx\n", 0],
    ["echo -n no newline; echo", "no newline\n", 0],
    ["echo -e 'tab\\there' -n", "tab\there -n\n", 0],
    ["echo -e '\\x41\\0102\\u263a|\\q\\c not printed'; echo", "AB☺|\\q\n", 0],
    ["echo -neE '\\tz'; echo", "\\tz\n", 0],
    ["echo -E 'a\\nb'", "a\\nb\n", 0],
    ["echo -e 'a\\nb'", "a\nb\n", 0],
    ["echo -e '\\0101|\\101|\\xg|\\x'", "A|\\101|\\xg|\\x\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(script)).toMatchObject({ text: expected, status });
  });
});

describe("cat", () => {
  it.each([
    ["cat f g", "one\ntwo", 0],
    ["cat f nofile g", "one\ncat: nofile: No such file or directory\ntwo", 1],
    ["cat - f < g", "twoone\n", 0],
    ["cat < f", "one\n", 0],
    ["cat -u f", "one\n", 0],
    ["cat -z", "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n", 1],
    ["echo in | cat f - g -", "one\nin\ntwo", 0],
    ["cat 'a b'", "cat: 'a b': No such file or directory\n", 1],
  ])("%s", (script, expected, status) => {
    expect(runText(`${FILES}\n${script}`)).toMatchObject({ text: expected, status });
  });
});
