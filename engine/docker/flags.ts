import { dockerErrors } from "./errors";

/** pflag as the docker CLI uses it: `--name X`, `--name=X`, `-d`, `-dit`, `-p 80:80`, `-p80:80`. */

export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  /** Takes a value (repeatable ones collect every value given). */
  readonly value: boolean;
}

export interface ParsedFlags {
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly args: readonly string[];
}

/**
 * Parses argv after the subcommand. With `interspersed` false (run, exec), flags end at the first
 * positional argument, which keeps the container command's own flags (`curl -s …`) for it.
 */
export function parseFlags(
  command: string,
  argv: readonly string[],
  specs: readonly FlagSpec[],
  interspersed: boolean,
): ParsedFlags {
  const values = new Map<string, string[]>();
  const args: string[] = [];
  const set = (spec: FlagSpec, value: string) =>
    values.set(spec.long, [...(values.get(spec.long) ?? []), value]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = specs.find((s) => s.long === name);
      if (!spec) throw dockerErrors.unknownFlag(command, `--${name}`);
      if (!spec.value) set(spec, eq < 0 ? "true" : arg.slice(eq + 1));
      else if (eq >= 0) set(spec, arg.slice(eq + 1));
      else if (i + 1 < argv.length) set(spec, argv[++i]!);
      else throw dockerErrors.usage(command, `flag needs an argument: --${name}`);
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const spec = specs.find((s) => s.short === arg[j]);
        if (!spec) throw dockerErrors.unknownFlag(command, `-${arg[j]}`);
        if (!spec.value) {
          set(spec, "true");
          continue;
        }
        const rest = arg.slice(j + 1).replace(/^=/, "");
        if (rest) set(spec, rest);
        else if (i + 1 < argv.length) set(spec, argv[++i]!);
        else throw dockerErrors.usage(command, `flag needs an argument: '${arg[j]}' in -${arg[j]}`);
        break;
      }
    } else if (interspersed) args.push(arg);
    else {
      args.push(...argv.slice(i));
      break;
    }
  }
  return { values, args };
}

export const has = (flags: ParsedFlags, long: string): boolean =>
  (flags.values.get(long)?.at(-1) ?? "false") !== "false";

export const last = (flags: ParsedFlags, long: string): string | undefined => flags.values.get(long)?.at(-1);

export const all = (flags: ParsedFlags, long: string): readonly string[] => flags.values.get(long) ?? [];
