/**
 * The part of glibc's getopt_long that iptables relies on, in RETURN_IN_ORDER mode ("-" optstring):
 * short option clusters ("-nvL"), required arguments attached or in the next word, optional
 * arguments only when attached, long options by unique prefix, "--name=value", and every
 * non-option word returned in place. opterr is 0, so problems come back as codes for iptables to word.
 */
export interface LongOption {
  readonly name: string;
  readonly arg: "none" | "required" | "optional";
  /** Whatever identifies the option to the caller. */
  readonly id: string;
}

/** The long options in force: looked up by exact name first, all of them only for a prefix. */
export interface LongOptions {
  exact(name: string): LongOption | undefined;
  all(): readonly LongOption[];
}

/** A fixed list of long options. */
export function longOptionList(list: readonly LongOption[]): LongOptions {
  const byName = new Map(list.map((o) => [o.name, o]));
  return { exact: (name) => byName.get(name), all: () => list };
}

export type GetoptEvent =
  | {
      readonly kind: "option";
      /** The option found, with its full name (a long option may be typed as a unique prefix). */
      readonly option: LongOption;
      readonly id: string;
      readonly arg: string | undefined;
      readonly word: string;
    }
  | { readonly kind: "word"; readonly word: string }
  /** An unknown or ambiguous option (`char` for a short one): iptables says `unknown option "<word>"`. */
  | { readonly kind: "unknown"; readonly word: string; readonly char?: string }
  | { readonly kind: "missing-arg"; readonly word: string };

/**
 * Every event in one shape (fields a kind does not use are undefined), filled in place: a restore
 * reads some ten events a line, and one object each cost allocation and, once another kind came
 * along late in a big file, recompiling the parser that reads them.
 */
class EventSlot {
  kind: GetoptEvent["kind"] = "word";
  option: LongOption | undefined = undefined;
  id: string | undefined = undefined;
  arg: string | undefined = undefined;
  word = "";
  char: string | undefined = undefined;

  set(
    kind: GetoptEvent["kind"],
    word: string,
    option?: LongOption,
    arg?: string,
    char?: string,
  ): GetoptEvent {
    this.kind = kind;
    this.option = option;
    this.id = option?.id;
    this.arg = arg;
    this.word = word;
    this.char = char;
    return this as GetoptEvent;
  }
}

/** Reads argv as getopt_long does. An event it returns is valid until the next call of next(). */
export class Getopt {
  /** Index of the next word to read, like getopt's optind. */
  index = 0;
  private readonly event = new EventSlot();
  /** The short option cluster being read ("-nvL"), and where in it. */
  private cluster: string | undefined;
  private clusterPos = 0;

  constructor(
    readonly argv: readonly string[],
    private readonly shortOptions: ReadonlyMap<string, LongOption>,
  ) {}

  /** The next event, or undefined at the end; longOptions may change between calls. */
  next(longOptions: LongOptions): GetoptEvent | undefined {
    if (this.cluster !== undefined) return this.nextShort(this.cluster);
    const word = this.argv[this.index];
    if (word === undefined) return undefined;
    this.index++;
    if (word.startsWith("--") && word.length > 2) return this.nextLong(word, longOptions);
    if (word.startsWith("-") && word.length > 1) {
      this.cluster = word;
      this.clusterPos = 1;
      return this.nextShort(word);
    }
    return this.event.set("word", word);
  }

  /** The next word when it can serve as an argument (iptables' xs_has_arg). */
  takeArgWord(): string | undefined {
    const word = this.argv[this.index];
    if (word === undefined || word.startsWith("-") || word.startsWith("!")) return undefined;
    this.index++;
    return word;
  }

  /** The next word whatever it is, or undefined at the end. */
  takeWord(): string | undefined {
    const word = this.argv[this.index];
    if (word !== undefined) this.index++;
    return word;
  }

  private nextShort(word: string): GetoptEvent {
    const pos = this.clusterPos++;
    const ch = word[pos]!;
    const more = pos + 1 < word.length;
    if (!more) this.cluster = undefined;
    const opt = this.shortOptions.get(ch);
    if (!opt) return this.event.set("unknown", word, undefined, undefined, ch);
    if (opt.arg === "none") return this.found(opt, undefined, word);
    this.cluster = undefined;
    if (more) return this.found(opt, word.slice(pos + 1), word);
    if (opt.arg === "optional") return this.found(opt, undefined, word);
    const next = this.takeWord();
    return next === undefined ? this.event.set("missing-arg", word) : this.found(opt, next, word);
  }

  private nextLong(word: string, options: LongOptions): GetoptEvent {
    const eq = word.indexOf("=");
    const name = word.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : word.slice(eq + 1);
    const opt = resolveLong(name, options);
    if (!opt) return this.event.set("unknown", word);
    if (opt.arg === "none")
      return inline === undefined ? this.found(opt, undefined, word) : this.event.set("unknown", word);
    if (inline !== undefined || opt.arg === "optional") return this.found(opt, inline, word);
    const next = this.takeWord();
    return next === undefined ? this.event.set("missing-arg", word) : this.found(opt, next, word);
  }

  /** The event for an option found, with its argument if it takes one. */
  private found(opt: LongOption, arg: string | undefined, word: string): GetoptEvent {
    return this.event.set("option", word, opt, arg);
  }
}

/** Exact name first, else a unique prefix; candidates that are the same option do not make it ambiguous. */
function resolveLong(name: string, options: LongOptions): LongOption | undefined {
  const exact = options.exact(name);
  if (exact) return exact;
  const candidates = options.all().filter((o) => o.name.startsWith(name));
  const first = candidates[0];
  if (!first || candidates.some((o) => o.id !== first.id || o.arg !== first.arg)) return undefined;
  return first;
}
