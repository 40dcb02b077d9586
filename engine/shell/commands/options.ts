/** GNU-style option parsing (getopt_long with argument permutation), shared by the text commands. */

export interface OptionSpec {
  /** The command name used in messages. */
  readonly name: string;
  /** Short options the playground implements, getopt style: a letter followed by ":" takes an argument. */
  readonly short: string;
  /**
   * Long options the playground implements, by name, mapped to their short letter (a ":" suffix takes an
   * argument); an empty letter accepts the option (and any `=value`) and reports nothing.
   */
  readonly long?: Readonly<Record<string, string>>;
  /** Short options the real tool has that the playground does not implement. */
  readonly unimplemented?: string;
  /** Extra line the tool prints before `Try '… --help'` (grep prints its usage line). */
  readonly usageLine?: string;
}

export interface ParsedOptions {
  /** Options in the order given, each with its argument when it takes one. */
  readonly options: readonly (readonly [letter: string, value: string])[];
  readonly operands: readonly string[];
}

export type OptionsResult = ParsedOptions | { readonly error: string };

/** Parses `argv` (without argv[0]); options may follow operands unless `--` ends them, as in GNU tools. */
export function parseOptions(args: readonly string[], spec: OptionSpec): OptionsResult {
  const options: [string, string][] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [name = "", inline] = splitOnce(arg.slice(2), "=");
      const letter = spec.long && Object.hasOwn(spec.long, name) ? spec.long[name] : undefined;
      if (letter === undefined) return { error: usageError(spec, `unrecognized option '${arg}'`) };
      if (!letter.endsWith(":")) {
        options.push([letter, ""]);
      } else if (inline !== undefined) {
        options.push([letter[0]!, inline]);
      } else if (i + 1 < args.length) {
        options.push([letter[0]!, args[++i]!]);
      } else {
        return { error: usageError(spec, `option '--${name}' requires an argument`) };
      }
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j]!;
      const at = spec.short.indexOf(letter);
      if (at < 0 || letter === ":") {
        if (spec.unimplemented?.includes(letter)) {
          return { error: `${spec.name}: option -${letter} is not supported by the playground\n` };
        }
        return { error: usageError(spec, `invalid option -- '${letter}'`) };
      }
      if (spec.short[at + 1] !== ":") {
        options.push([letter, ""]);
        continue;
      }
      const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
      if (value === undefined)
        return { error: usageError(spec, `option requires an argument -- '${letter}'`) };
      options.push([letter, value]);
      break;
    }
  }
  return { options, operands };
}

/** A usage message in the GNU layout: the complaint, then `Try 'NAME --help' for more information.` */
export function usageError(spec: Pick<OptionSpec, "name" | "usageLine">, complaint: string): string {
  const usage = spec.usageLine ? `${spec.usageLine}\n` : "";
  return `${spec.name}: ${complaint}\n${usage}Try '${spec.name} --help' for more information.\n`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
