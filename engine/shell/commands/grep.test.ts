// Expected output and status were recorded from GNU grep 3.8 on Debian 12 (LC_ALL=C.UTF-8),
// running the same lines under `bash`; record them the same way when a case changes.
import { describe, expect, it } from "vitest";
import { runText } from "../testing";

const INPUT =
  "echo 'a*b\nab\naab\n+x\n(a)\na{2}\naa\n\\d\n-\nd\na|b\nfoo bar\nFoo\nfoobar\nx.y\n10.0.0.1\n-A INPUT -j DROP' > in";

describe("basic regular expressions", () => {
  it.each([
    ["grep 'a*b' in", "a*b\nab\naab\na|b\nfoo bar\nfoobar\n", 0],
    ["grep '*a' in", "", 1],
    ["grep '^a' in", "a*b\nab\naab\na{2}\naa\na|b\n", 0],
    ["grep 'b$' in", "a*b\nab\naab\na|b\n", 0],
    ["grep 'a\\|b' in", "a*b\nab\naab\n(a)\na{2}\naa\na|b\nfoo bar\nfoobar\n", 0],
    ["grep '\\(a\\)\\1' in", "aab\naa\n", 0],
    ["grep 'a\\{2\\}' in", "aab\naa\n", 0],
    ["grep 'x\\?y' in", "x.y\n", 0],
    ["grep 'a\\+b' in", "ab\naab\n", 0],
    [
      "grep '[^a-z]' in",
      "a*b\n+x\n(a)\na{2}\n\\d\n-\na|b\nfoo bar\nFoo\nx.y\n10.0.0.1\n-A INPUT -j DROP\n",
      0,
    ],
    ["grep '[[:upper:]]' in", "Foo\n-A INPUT -j DROP\n", 0],
    ["grep '[[:digit:].]' in", "a{2}\nx.y\n10.0.0.1\n", 0],
    ["grep '\\<foo\\>' in", "foo bar\n", 0],
    ["grep 'x\\.y' in", "x.y\n", 0],
    ["grep 'a^' in", "", 1],
    ["grep '[]a]b' in", "ab\naab\n", 0],
    ["grep '{2}' in", "a{2}\n", 0],
    ["grep '^*' in", "", 1],
    ["grep '[\\.]' in", "\\d\nx.y\n10.0.0.1\n", 0],
    ["grep 'a\\{,1\\}b' in", "a*b\nab\naab\na|b\nfoo bar\nfoobar\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${INPUT}\n${script}`)).toMatchObject({ text: expected, status });
  });
});

describe("extended regular expressions", () => {
  it.each([
    ["grep -E 'a+b' in", "ab\naab\n", 0],
    ["grep -E 'a|x' in", "a*b\nab\naab\n+x\n(a)\na{2}\naa\na|b\nfoo bar\nfoobar\nx.y\n", 0],
    ["grep -E '(a)\\1' in", "aab\naa\n", 0],
    ["grep -E 'a{2}' in", "aab\naa\n", 0],
    ["grep -E '^(foo|Foo)' in", "foo bar\nFoo\nfoobar\n", 0],
    ["grep -E '[[:space:]]' in", "foo bar\n-A INPUT -j DROP\n", 0],
    ["grep -E '*b' in", "grep: warning: * at start of expression\na*b\nab\naab\na|b\nfoo bar\nfoobar\n", 0],
    ["grep -E '+x' in", "grep: warning: + at start of expression\n+x\nx.y\n", 0],
    ["grep -E 'a{,1}b' in", "a*b\nab\naab\na|b\nfoo bar\nfoobar\n", 0],
    ["grep -E 'a{1' in", "", 1],
    ["grep -E '\\(a\\)' in", "(a)\n", 0],
    ["grep -E '10\\.0\\.0\\.[0-9]+' in", "10.0.0.1\n", 0],
    ["grep -E ')' in", "(a)\n", 0],
    ["grep -E '^*x' in", "grep: warning: * at start of expression\n+x\nx.y\n", 0],
    ["grep -E 'x$|^a' in", "a*b\nab\naab\n+x\na{2}\naa\na|b\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${INPUT}\n${script}`)).toMatchObject({ text: expected, status });
  });
});

describe("bad patterns", () => {
  it.each([
    ["grep 'a\\{2,1\\}' in", "grep: Invalid content of \\{\\}\n", 2],
    ["grep '\\(' in", "grep: Unmatched ( or \\(\n", 2],
    ["grep '\\)' in", "grep: Unmatched ) or \\)\n", 2],
    ["grep 'a\\' in", "grep: Trailing backslash\n", 2],
    ["grep '[a' in", "grep: Unmatched [, [^, [:, [., or [=\n", 2],
    ["grep '[[:foo:]]' in", "grep: Invalid character class name\n", 2],
    ["grep '\\(a\\)\\2' in", "grep: Invalid back reference\n", 2],
    ["grep -E '(' in", "grep: Unmatched ( or \\(\n", 2],
    ["grep '[[:constructor:]]' in", "grep: Invalid character class name\n", 2],
  ])("%s", (script, expected, status) => {
    expect(runText(`${INPUT}\n${script}`)).toMatchObject({ text: expected, status });
  });
});

describe("options", () => {
  it.each([
    ["grep -v a in", "+x\n\\d\n-\nd\nFoo\nx.y\n10.0.0.1\n-A INPUT -j DROP\n", 0],
    ["grep -i foo in", "foo bar\nFoo\nfoobar\n", 0],
    ["grep -c a in", "9\n", 0],
    ["grep -cv a in", "8\n", 0],
    ["grep -n foo in", "12:foo bar\n14:foobar\n", 0],
    ["grep -w foo in", "foo bar\n", 0],
    ["grep -x aa in", "aa\n", 0],
    ["grep -F 'a|b' in", "a|b\n", 0],
    ["grep -F . in", "x.y\n10.0.0.1\n", 0],
    ["grep -q foo in", "", 0],
    ["grep -q zzz in", "", 1],
    ["grep zzz in", "", 1],
    ["grep -e foo -e aa in", "aab\naa\nfoo bar\nfoobar\n", 0],
    ["grep -in -e FOO in", "12:foo bar\n13:Foo\n14:foobar\n", 0],
    ["grep -vc -e a -e x in", "6\n", 0],
    ["grep 'foo\naa' in", "aab\naa\nfoo bar\nfoobar\n", 0],
    ["grep -iw FOO in", "foo bar\nFoo\n", 0],
    ["grep -y FOO in", "foo bar\nFoo\nfoobar\n", 0],
    ["grep --color=never foo in", "foo bar\nfoobar\n", 0],
    ["grep -E '' in | wc -l", "17\n", 0],
    ["echo -n 'no newline' | grep new", "no newline\n", 0],
    ["cat in | grep -n DROP", "17:-A INPUT -j DROP\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${INPUT}\n${script}`)).toMatchObject({ text: expected, status });
  });
});

describe("files and stdin", () => {
  it.each([
    ["grep foo in nofile", "in:foo bar\nin:foobar\ngrep: nofile: No such file or directory\n", 2],
    ["grep foo nofile in", "grep: nofile: No such file or directory\nin:foo bar\nin:foobar\n", 2],
    ["grep -q foo nofile in", "grep: nofile: No such file or directory\n", 0],
    ["grep -s foo nofile", "", 2],
    ["grep -h foo in in", "foo bar\nfoobar\nfoo bar\nfoobar\n", 0],
    ["grep -H foo in", "in:foo bar\nin:foobar\n", 0],
    ["grep -l foo in in", "in\nin\n", 0],
    ["grep -c foo in - < in", "in:2\n(standard input):2\n", 0],
    ["grep -n x - in < in", "(standard input):4:+x\n(standard input):15:x.y\nin:4:+x\nin:15:x.y\n", 0],
  ])("%s", (script, expected, status) => {
    expect(runText(`${INPUT}\n${script}`)).toMatchObject({ text: expected, status });
  });
});

describe("usage", () => {
  it.each([
    ["grep", "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ["grep -c", "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    [
      "grep -e",
      "grep: option requires an argument -- 'e'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      2,
    ],
    [
      "grep --foo x",
      "grep: unrecognized option '--foo'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      2,
    ],
  ])("%s", (script, expected, status) => {
    expect(runText(script)).toMatchObject({ text: expected, status });
  });
});
