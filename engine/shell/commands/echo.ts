import type { Command } from "../command";

// prettier-ignore
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\",
};

/** `[max digits, radix, pattern]` for the numeric escapes `\0nnn`, `\xHH`, `\uHHHH`, `\UHHHHHHHH`. */
const NUMERIC_ESCAPES: Readonly<Record<string, readonly [number, number, RegExp]>> = {
  "0": [3, 8, /^[0-7]+/],
  x: [2, 16, /^[0-9A-Fa-f]+/],
  u: [4, 16, /^[0-9A-Fa-f]+/],
  U: [8, 16, /^[0-9A-Fa-f]+/],
};

/** bash's builtin echo: leading `-n`, `-e`, `-E` (alone or combined) are options, anything else is text. */
export const echo: Command = ({ argv, stdout }) => {
  let newline = true;
  let escapes = false;
  let first = 1;
  for (; first < argv.length && /^-[neE]+$/.test(argv[first]!); first++) {
    for (const flag of argv[first]!.slice(1)) {
      if (flag === "n") newline = false;
      else escapes = flag === "e";
    }
  }
  const text = argv.slice(first).join(" ");
  if (!escapes) {
    stdout.write(newline ? `${text}\n` : text);
    return 0;
  }
  const { output, stopped } = interpretEscapes(text);
  stdout.write(newline && !stopped ? `${output}\n` : output);
  return 0;
};

/** `echo -e` escapes; `\c` stops all further output, the newline included. */
function interpretEscapes(text: string): { output: string; stopped: boolean } {
  let output = "";
  let i = 0;
  while (i < text.length) {
    const backslash = text.indexOf("\\", i);
    if (backslash < 0 || backslash === text.length - 1)
      return { output: output + text.slice(i), stopped: false };
    output += text.slice(i, backslash);
    const letter = text[backslash + 1]!;
    i = backslash + 2;
    if (letter === "c") return { output, stopped: true };
    const simple = SIMPLE_ESCAPES[letter];
    const numeric = NUMERIC_ESCAPES[letter];
    if (simple !== undefined) {
      output += simple;
    } else if (numeric) {
      const [maxDigits, radix, pattern] = numeric;
      const digits = pattern.exec(text.slice(i, i + maxDigits))?.[0] ?? "";
      const code = digits === "" ? 0 : parseInt(digits, radix);
      if ((digits === "" && letter !== "0") || code > 0x10ffff) {
        output += `\\${letter}`;
      } else {
        output += String.fromCodePoint(code);
        i += digits.length;
      }
    } else {
      output += `\\${letter}`;
    }
  }
  return { output, stopped: false };
}
