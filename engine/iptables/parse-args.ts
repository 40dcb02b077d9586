import type { MatchInstance, ParseContext, TargetInstance } from "../netfilter/extension";
import { INVERT } from "../netfilter/rule";
import { emptyArgs, type ParsedArgs } from "./parsed-args";
import { COMBINABLE, type CommandLetter } from "./command-table";
import { badArgument, parameterProblem, tryHelpOnly } from "./errors";
import { loadExtension, protocolMatchName, type ExtensionOption, type Loaded } from "./extensions";
import { Getopt, type GetoptEvent, type LongOption, type LongOptions } from "./getopt";
import { parseInterface } from "./interface";
import { BASE_OPTIONS, FLAG_BIT, INVERTIBLE_FLAGS, SHORT_OPTIONS, type RuleFlag } from "./options";
import { parseProtocol } from "./protocol";
import { parseCounters, ruleNumber } from "./arg-values";
import { checkChainName, checkTargetName } from "./names";

/** The INVERT bit of each flag that a "!" may come before. */
const FLAG_INVERT: Partial<Record<RuleFlag, number>> = {
  s: INVERT.src,
  d: INVERT.dst,
  i: INVERT.in,
  o: INVERT.out,
  p: INVERT.proto,
  f: INVERT.frag,
};

type OptionEvent = Extract<GetoptEvent, { kind: "option" }>;

const BASE_BY_NAME: ReadonlyMap<string, LongOption> = new Map(BASE_OPTIONS.map((o) => [o.name, o]));

/**
 * do_parse's state for one command line. Extensions see it as their ParseContext (the rule as parsed
 * so far), and getopt as its long options: iptables' own, then the newest extension's, so its
 * "--mark" wins.
 */
class ArgParser implements ParseContext, LongOptions {
  private readonly args = emptyArgs();
  private readonly getopt: Getopt;
  private readonly loaded: Loaded[] = [];
  private protoLoaded = false;
  /** A "!" came before the option being parsed. */
  private invert = false;

  constructor(
    argv: readonly string[],
    readonly warn: (text: string) => void,
  ) {
    this.getopt = new Getopt(argv, SHORT_OPTIONS);
  }

  get table(): string {
    return this.args.table;
  }

  get proto(): number {
    return this.args.proto;
  }

  get protoInverted(): boolean {
    return (this.args.invert & INVERT.proto) !== 0;
  }

  takeArg(): string | undefined {
    return this.getopt.takeArgWord();
  }

  exact(name: string): LongOption | undefined {
    const base = BASE_BY_NAME.get(name);
    if (base) return base;
    for (let i = this.loaded.length - 1; i >= 0; i--) {
      const own = this.loaded[i]!.options.byName.get(name);
      if (own) return own;
    }
    return undefined;
  }

  all(): readonly LongOption[] {
    return [...BASE_OPTIONS, ...this.loaded.flatMap((ext) => ext.options.list).reverse()];
  }

  /** The getopt loop of iptables' do_parse: options in order, extensions loaded as they are named. */
  parse(): ParsedArgs {
    const { args, getopt } = this;
    for (let event = getopt.next(this); event; event = getopt.next(this)) {
      if (event.kind === "word") {
        if (event.word !== "!") throw badArgument(event.word);
        if (this.invert) throw parameterProblem("multiple consecutive ! not allowed");
        this.invert = true;
        continue;
      }
      if (event.kind === "missing-arg") throw parameterProblem(`option "${event.word}" requires an argument`);
      if (event.kind === "unknown") {
        // command_default: an option no loaded module knows may belong to the -p protocol's match.
        const name = protocolMatchName(args.proto, this.protoLoaded);
        if (name === undefined || !(args.flags & FLAG_BIT.p))
          throw parameterProblem(`unknown option "${event.word}"`);
        this.load(name, "match");
        this.protoLoaded = true;
        getopt.index--;
        continue;
      }
      // iptables' own options have one-letter ids; an extension's is handed on before the switch,
      // which would otherwise compare it with every letter first.
      if (event.id.length === 1) this.option(event);
      else this.extensionOption(event.option as ExtensionOption, event.arg);
      this.invert = false;
    }
    if (this.invert) throw parameterProblem("nothing appropriate following !");
    if (args.table === "nat" && (args.policy === "DROP" || args.jumpTo === "DROP"))
      throw parameterProblem(
        '\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n',
      );
    for (const ext of this.loaded) ext.final(this);
    const matches = this.matchInstances();
    if (matches) args.matches = matches;
    return args;
  }

  /** The loaded matches' instances in order, in an array of their exact number; undefined if none. */
  private matchInstances(): MatchInstance[] | undefined {
    const { loaded } = this;
    let count = 0;
    for (const ext of loaded) if (ext.module.kind === "match") count++;
    if (count === 0) return undefined;
    const matches = new Array<MatchInstance>(count);
    let i = 0;
    for (const ext of loaded) if (ext.module.kind === "match") matches[i++] = ext.instance as MatchInstance;
    return matches;
  }

  private load(name: string, kind: "match" | "target"): Loaded | undefined {
    const ext = loadExtension(name, kind);
    if (ext) this.loaded.push(ext);
    return ext;
  }

  /** One option getopt found. */
  private option(event: OptionEvent): void {
    const { args, getopt } = this;
    const { id } = event;
    const arg = event.arg!;
    switch (id) {
      case "A":
      case "C":
      case "R":
      case "I":
      case "D":
        this.addCommand(id);
        args.chain = arg;
        if (id === "R") {
          const num = getopt.takeArgWord();
          if (num === undefined) throw parameterProblem("-R requires a rule number");
          args.ruleNum = ruleNumber(num);
        } else if (id === "I" || id === "D") {
          const num = getopt.takeArgWord();
          if (num !== undefined) args.ruleNum = ruleNumber(num);
          args.byNumber = id === "D" && num !== undefined;
        }
        break;
      case "L":
      case "S":
      case "F":
      case "Z":
      case "X":
        this.addCommand(id);
        args.chain = event.arg ?? getopt.takeArgWord() ?? args.chain;
        if (id === "L" || id === "S" || id === "Z") {
          const num = args.chain === undefined ? undefined : getopt.takeArgWord();
          if (num !== undefined) args.ruleNum = ruleNumber(num);
        }
        break;
      case "N":
        checkChainName(arg);
        this.addCommand(id);
        args.chain = arg;
        break;
      case "E":
        this.addCommand(id);
        args.chain = arg;
        args.newName = getopt.takeArgWord();
        if (args.newName === undefined)
          throw parameterProblem("-E requires old-chain-name and new-chain-name");
        break;
      case "P":
        this.addCommand(id);
        args.chain = arg;
        args.policy = getopt.takeArgWord();
        if (args.policy === undefined) throw parameterProblem("-P requires a chain and a policy");
        break;
      case "h":
        args.help = true;
        break;
      case "V":
        args.version = true;
        break;
      case "p": {
        this.setFlag("p");
        const proto = parseProtocol(arg.toLowerCase());
        if (proto === 0 && this.protoInverted) throw parameterProblem("rule would never match protocol");
        args.proto = proto;
        break;
      }
      case "s":
      case "d":
        this.setFlag(id);
        if (id === "s") args.src = arg;
        else args.dst = arg;
        break;
      case "i":
      case "o": {
        this.setFlag(id);
        const iface = parseInterface(arg);
        if (iface.warning) this.warn(iface.warning);
        // "+" alone is any interface and is dropped, but `! -o +` stays: nft keeps it (and lists "!+").
        const name = iface.name === "" && this.invert ? arg : iface.name;
        if (id === "i") args.inIface = name;
        else args.outIface = name;
        break;
      }
      case "f":
        this.setFlag("f");
        break;
      case "j":
      case "g": {
        this.setFlag("j");
        args.goto = id === "g";
        checkTargetName(arg);
        const target = id === "j" ? this.load(arg, "target") : undefined;
        if (target) args.target = target.instance as TargetInstance;
        else args.jumpTo = arg;
        break;
      }
      case "m":
        if (this.invert) throw parameterProblem("unexpected ! flag before --match");
        this.load(arg, "match");
        break;
      case "t":
        if (this.invert) throw parameterProblem("unexpected ! flag before --table");
        args.table = arg;
        break;
      case "n":
      case "x":
      case "0":
        this.setFlag(id);
        if (id === "n") args.numeric = true;
        else if (id === "x") args.exact = true;
        else args.lineNumbers = true;
        break;
      case "v":
        args.flags |= FLAG_BIT.v;
        args.verbose++;
        break;
      case "c":
        this.setFlag("c");
        args.counters = parseCounters(arg, getopt.takeArgWord());
        break;
      case "w":
      case "W":
      case "M":
      case "4":
        break;
      case "6":
        throw tryHelpOnly();
    }
  }

  /** An extension's option: the newest loaded extension that owns it parses it. */
  private extensionOption(option: ExtensionOption, arg: string | undefined): void {
    for (let i = this.loaded.length - 1; i >= 0; i--) {
      const ext = this.loaded[i]!;
      // The option getopt found is usually the newest extension's own: no lookup needed then.
      const own = ext.options.list.includes(option) ? option : ext.options.byId.get(option.id);
      if (own) return ext.parse(own, arg, this.invert, this);
    }
  }

  private setFlag(flag: RuleFlag): void {
    const { args } = this;
    if (args.flags & FLAG_BIT[flag]) throw parameterProblem(`multiple -${flag} flags not allowed`);
    args.flags |= FLAG_BIT[flag];
    if (!this.invert) return;
    const bit = FLAG_INVERT[flag];
    if (!bit || !INVERTIBLE_FLAGS.has(flag)) throw parameterProblem(`cannot have ! before -${flag}`);
    args.invert |= bit;
  }

  private addCommand(letter: CommandLetter): void {
    const { commands } = this.args;
    if (this.invert) throw parameterProblem("unexpected '!' flag");
    if (commands.length === 0) {
      // The usual case: a literal holds exactly one command (a spread or a push would make room for 17).
      this.args.commands = [letter];
      return;
    }
    const clash = commands.find((c) => !(COMBINABLE[letter] ?? []).includes(c));
    if (clash) throw parameterProblem(`Cannot use -${letter} with -${clash}`);
    this.args.commands = [...commands, letter];
  }
}

/** iptables' command line parsed, extensions loaded and their final checks made; warnings go to `warn`. */
export const parseArgs = (argv: readonly string[], warn: (text: string) => void): ParsedArgs =>
  new ArgParser(argv, warn).parse();
