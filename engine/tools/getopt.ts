/**
 * glibc getopt(3) as ping and nc call it: short options only, clusters ("-zv"), an argument attached
 * or in the next word, operands anywhere (argument permutation), `--` ends the options.
 */
export type GetoptResult =
  | {
      readonly options: readonly (readonly [letter: string, value: string])[];
      readonly operands: readonly string[];
    }
  | { readonly error: "invalid" | "missing"; readonly letter: string };

/** `optstring` as getopt takes it: a letter followed by ":" takes an argument. */
export function getopt(args: readonly string[], optstring: string): GetoptResult {
  const options: [string, string][] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j]!;
      const at = optstring.indexOf(letter);
      if (at < 0 || letter === ":") return { error: "invalid", letter };
      if (optstring[at + 1] !== ":") {
        options.push([letter, ""]);
        continue;
      }
      const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
      if (value === undefined) return { error: "missing", letter };
      options.push([letter, value]);
      break;
    }
  }
  return { options, operands };
}
