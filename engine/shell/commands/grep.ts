import type { Command } from "../command";
import { compilePatterns, type PatternSyntax } from "./grep-pattern";
import { parseOptions, type OptionSpec } from "./options";
import { readOperand, splitLines } from "./text";

const SPEC: OptionSpec = {
  name: "grep",
  short: "EFGivywxcnqshHle:",
  long: { color: "", colour: "" },
  unimplemented: "PfzVmbaIdDrRLTZBACNUuo",
  usageLine: "Usage: grep [OPTION]... PATTERNS [FILE]...",
};
const USAGE = `${SPEC.usageLine}\nTry 'grep --help' for more information.\n`;
const STDIN_LABEL = "(standard input)";

/**
 * GNU grep: exit 0 when a line was selected, 1 when none was, 2 on an error (unless `-q` found a match).
 * `--color[=WHEN]` is accepted and ignored: without a terminal GNU grep prints no colour unless told
 * `always`, and the playground never colours.
 */
export const grep: Command = (ctx) => {
  const parsed = parseOptions(ctx.argv.slice(1), SPEC);
  if ("error" in parsed) {
    ctx.stderr.write(parsed.error);
    return 2;
  }
  const flags = new Set<string>();
  const explicit: string[] = [];
  let syntax: PatternSyntax = "basic";
  for (const [letter, value] of parsed.options) {
    if (letter === "e") explicit.push(value);
    else if (letter === "E" || letter === "F" || letter === "G") syntax = SYNTAX[letter];
    else if (letter !== "") flags.add(letter === "y" ? "i" : letter);
  }
  const operands = [...parsed.operands];
  const patternText = explicit.length > 0 ? explicit : operands.splice(0, 1);
  if (patternText.length === 0) {
    ctx.stderr.write(USAGE);
    return 2;
  }
  const compiled = compilePatterns(
    patternText.flatMap((p) => p.split("\n")),
    { syntax, ignoreCase: flags.has("i"), word: flags.has("w"), line: flags.has("x") },
  );
  if ("error" in compiled) {
    ctx.stderr.write(`grep: ${compiled.error}\n`);
    return 2;
  }
  for (const warning of compiled.warnings) ctx.stderr.write(`grep: warning: ${warning}\n`);

  const files = operands.length > 0 ? operands : ["-"];
  const withName = flags.has("H") || (files.length > 1 && !flags.has("h"));
  let selectedAny = false;
  let failed = false;
  for (const file of files) {
    const text = readOperand(ctx, file);
    const label = file === "-" ? STDIN_LABEL : file;
    if (text === undefined) {
      if (!flags.has("s")) ctx.stderr.write(`grep: ${file}: No such file or directory\n`);
      failed = true;
      continue;
    }
    const prefix = withName ? `${label}:` : "";
    let count = 0;
    for (const [index, line] of splitLines(text).entries()) {
      if (compiled.regex.test(line) === flags.has("v")) continue;
      count++;
      if (flags.has("q")) return 0;
      if (flags.has("l")) break;
      if (!flags.has("c")) ctx.stdout.write(`${prefix}${flags.has("n") ? `${index + 1}:` : ""}${line}\n`);
    }
    if (flags.has("l")) {
      if (count > 0) ctx.stdout.write(`${label}\n`);
    } else if (flags.has("c")) {
      ctx.stdout.write(`${prefix}${count}\n`);
    }
    selectedAny ||= count > 0;
  }
  if (failed) return 2;
  return selectedAny ? 0 : 1;
};

const SYNTAX: Readonly<Record<"E" | "F" | "G", PatternSyntax>> = { E: "extended", F: "fixed", G: "basic" };
