import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitRestoreLine } from "./restore-line";

/** add_param_to_argv read one character at a time: the words splitRestoreLine's fast paths must give. */
function referenceWords(body: string): string[] {
  const isBlank = (ch: string) => ch === " " || ch === "\t" || ch === "\n";
  const words: string[] = [];
  for (let i = 0; ;) {
    while (i < body.length && isBlank(body[i]!)) i++;
    if (i >= body.length) return words;
    let word = "";
    let inQuote = false;
    for (; i < body.length; i++) {
      const ch = body[i]!;
      if (inQuote && ch === "\\") word += body[++i] ?? "";
      else if (ch === '"') inQuote = !inQuote;
      else if (!inQuote && isBlank(ch)) break;
      else word += ch;
    }
    words.push(word);
  }
}

describe("splitRestoreLine", () => {
  it("splits as add_param_to_argv does, quotes and backslashes included", () => {
    const line = fc.string({
      unit: fc.constantFrom("a", "b", "-", "A", " ", "\t", '"', "\\"),
      maxLength: 40,
    });
    fc.assert(
      fc.property(line, (text) => {
        expect(splitRestoreLine(text, 1).rest).toEqual(referenceWords(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the kube-proxy shapes: a quoted comment, two-character options, counters", () => {
    expect(
      splitRestoreLine(
        '[3:180] -A KUBE-SVC-X -m comment --comment "ns/svc:http -> 10.0.0.1:80" -j KUBE-SEP-Y',
        7,
      ),
    ).toEqual({
      counters: ["3", "180"],
      rest: [
        "-A",
        "KUBE-SVC-X",
        "-m",
        "comment",
        "--comment",
        "ns/svc:http -> 10.0.0.1:80",
        "-j",
        "KUBE-SEP-Y",
      ],
    });
    expect(splitRestoreLine('-A X -m comment --comment "a \\"b\\"" --comment ""x -j Y', 1).rest).toEqual([
      "-A",
      "X",
      "-m",
      "comment",
      "--comment",
      'a "b"',
      "--comment",
      "x",
      "-j",
      "Y",
    ]);
  });

  it("refuses -t however it is written, quoted too", () => {
    expect(() => splitRestoreLine("-A INPUT -t nat", 1)).toThrow(
      "The -t option cannot be used in iptables-restore.",
    );
    expect(() => splitRestoreLine('-A INPUT "-t" nat', 1)).toThrow(
      "The -t option cannot be used in iptables-restore.",
    );
  });
});
