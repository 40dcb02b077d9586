import type { MatchInstance, ParseContext, TargetInstance } from "../netfilter/extension";
import type { Counters } from "../netfilter/rule";
import { COMBINABLE, type CommandLetter } from "./command-table";
import { badArgument, parameterProblem, tryHelpOnly } from "./errors";
import { loadExtension, protocolMatchName, type Loaded } from "./extensions";
import { Getopt, type LongOption, type LongOptions } from "./getopt";
import { parseInterface } from "./interface";
import { BASE_OPTIONS, INVERTIBLE_FLAGS, SHORT_OPTIONS, type RuleFlag } from "./options";
import { parseProtocol } from "./protocol";
import { strtouiInRange } from "./numbers";
import { checkChainName, checkTargetName } from "./names";

/** Everything one iptables command line says, before it is checked against the ruleset. */
export interface ParsedArgs {
  commands: CommandLetter[];
  /** -D with a rule number instead of a rule specification. */
  byNumber: boolean;
  table: string;
  chain?: string;
  newName?: string;
  policy?: string;
  ruleNum?: number;
  verbose: number;
  numeric: boolean;
  exact: boolean;
  lineNumbers: boolean;
  help: boolean;
  version: boolean;
  flags: Set<RuleFlag>;
  invert: { src: boolean; dst: boolean; in: boolean; out: boolean; proto: boolean; frag: boolean };
  src?: string;
  dst?: string;
  inIface: string;
  outIface: string;
  proto: number;
  matches: MatchInstance[];
  target?: TargetInstance;
  /** -j/-g to a name that is not a target extension: a verdict or a user chain. */
  jumpTo?: string;
  goto: boolean;
  counters?: Counters;
}

function emptyArgs(): ParsedArgs {
  return {
    commands: [],
    byNumber: false,
    table: "filter",
    verbose: 0,
    numeric: false,
    exact: false,
    lineNumbers: false,
    help: false,
    version: false,
    flags: new Set(),
    invert: { src: false, dst: false, in: false, out: false, proto: false, frag: false },
    inIface: "",
    outIface: "",
    proto: 0,
    matches: [],
    goto: false,
  };
}

const FLAG_INVERT: Partial<Record<RuleFlag, keyof ParsedArgs["invert"]>> = {
  s: "src",
  d: "dst",
  i: "in",
  o: "out",
  p: "proto",
  f: "frag",
};

/** The getopt loop of iptables' do_parse: options in order, extensions loaded as they are named. */
export function parseArgs(argv: readonly string[], warn: (text: string) => void): ParsedArgs {
  const args = emptyArgs();
  const getopt = new Getopt(argv, SHORT_OPTIONS);
  const loaded: Loaded[] = [];
  let protoLoaded = false;
  let invert = false;

  const load = (ext: Loaded) => loaded.push(ext);
  // getopt's merged table: iptables' own options, then the newest extension's, so its "--mark" wins.
  const longOptions: LongOptions = {
    exact(name) {
      const base = BASE_BY_NAME.get(name);
      if (base) return base;
      for (let i = loaded.length - 1; i >= 0; i--) {
        const own = optionsOf(loaded[i]!.module).find((o) => o.name === name);
        if (own) return own;
      }
      return undefined;
    },
    all: () => [...BASE_OPTIONS, ...loaded.flatMap((ext) => optionsOf(ext.module)).reverse()],
  };
  /** The newest loaded extension that owns an option getopt found. */
  const ownerOf = (option: string): Loaded =>
    loaded.findLast((ext) => optionsOf(ext.module).some((o) => o.id === option))!;
  const ctx = parseContext(args, getopt, warn);

  const setFlag = (flag: RuleFlag) => {
    if (args.flags.has(flag)) throw parameterProblem(`multiple -${flag} flags not allowed`);
    args.flags.add(flag);
    if (!invert) return;
    const key = FLAG_INVERT[flag];
    if (!key || !INVERTIBLE_FLAGS.has(flag)) throw parameterProblem(`cannot have ! before -${flag}`);
    args.invert[key] = true;
  };

  const addCommand = (letter: CommandLetter) => {
    if (invert) throw parameterProblem("unexpected '!' flag");
    const clash = args.commands.find((c) => !(COMBINABLE[letter] ?? []).includes(c));
    if (clash) throw parameterProblem(`Cannot use -${letter} with -${clash}`);
    args.commands.push(letter);
  };

  const ruleNumber = (text: string) => {
    const num = strtouiInRange(text, 1, 0x7fffffff);
    if (num === undefined) throw parameterProblem(`Invalid rule number \`${text}'`);
    return num;
  };

  for (let event = getopt.next(longOptions); event; event = getopt.next(longOptions)) {
    if (event.kind === "word") {
      if (event.word !== "!") throw badArgument(event.word);
      if (invert) throw parameterProblem("multiple consecutive ! not allowed");
      invert = true;
      continue;
    }
    if (event.kind === "missing-arg") throw parameterProblem(`option "${event.word}" requires an argument`);
    if (event.kind === "unknown") {
      // command_default: an option no loaded module knows may belong to the -p protocol's match.
      const name = protocolMatchName(args.proto, protoLoaded);
      if (name === undefined || !args.flags.has("p"))
        throw parameterProblem(`unknown option "${event.word}"`);
      const match = loadExtension(name, "match")!;
      load(match);
      args.matches.push(match.instance as MatchInstance);
      protoLoaded = true;
      getopt.index--;
      continue;
    }
    const { id } = event;
    const arg = event.arg!;
    switch (id) {
      case "A":
      case "C":
      case "R":
      case "I":
      case "D":
        addCommand(id);
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
        addCommand(id);
        args.chain = event.arg ?? getopt.takeArgWord() ?? args.chain;
        if (id === "L" || id === "S" || id === "Z") {
          const num = args.chain === undefined ? undefined : getopt.takeArgWord();
          if (num !== undefined) args.ruleNum = ruleNumber(num);
        }
        break;
      case "N":
        checkChainName(arg);
        addCommand(id);
        args.chain = arg;
        break;
      case "E":
        addCommand(id);
        args.chain = arg;
        args.newName = getopt.takeArgWord();
        if (args.newName === undefined)
          throw parameterProblem("-E requires old-chain-name and new-chain-name");
        break;
      case "P":
        addCommand(id);
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
        setFlag("p");
        const proto = parseProtocol(arg.toLowerCase());
        if (proto === 0 && args.invert.proto) throw parameterProblem("rule would never match protocol");
        args.proto = proto;
        break;
      }
      case "s":
      case "d":
        setFlag(id);
        args[id === "s" ? "src" : "dst"] = arg;
        break;
      case "i":
      case "o": {
        setFlag(id);
        const iface = parseInterface(arg);
        if (iface.warning) warn(iface.warning);
        args[id === "i" ? "inIface" : "outIface"] = iface.name;
        break;
      }
      case "f":
        setFlag("f");
        break;
      case "j":
      case "g": {
        setFlag("j");
        args.goto = id === "g";
        checkTargetName(arg);
        const target = id === "j" ? loadExtension(arg, "target") : undefined;
        if (target) {
          load(target);
          args.target = target.instance as TargetInstance;
        } else args.jumpTo = arg;
        break;
      }
      case "m": {
        if (invert) throw parameterProblem("unexpected ! flag before --match");
        const match = loadExtension(arg, "match")!;
        load(match);
        args.matches.push(match.instance as MatchInstance);
        break;
      }
      case "t":
        if (invert) throw parameterProblem("unexpected ! flag before --table");
        args.table = arg;
        break;
      case "n":
      case "x":
      case "0":
        setFlag(id);
        if (id === "n") args.numeric = true;
        else if (id === "x") args.exact = true;
        else args.lineNumbers = true;
        break;
      case "v":
        if (!args.flags.has("v")) args.flags.add("v");
        args.verbose++;
        break;
      case "c":
        setFlag("c");
        args.counters = parseCounters(arg, getopt.takeArgWord());
        break;
      case "w":
      case "W":
      case "M":
      case "4":
        break;
      case "6":
        throw tryHelpOnly();
      default:
        ownerOf(id).parse(id.slice(EXT_PREFIX.length), event.arg, invert, ctx);
    }
    invert = false;
  }
  if (invert) throw parameterProblem("nothing appropriate following !");
  if (args.table === "nat" && (args.policy === "DROP" || args.jumpTo === "DROP"))
    throw parameterProblem(
      '\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n',
    );
  for (const ext of loaded) ext.final(ctx);
  return args;
}

/** One context for the whole parse; its fields read the rule as parsed so far. */
const parseContext = (args: ParsedArgs, getopt: Getopt, warn: (text: string) => void): ParseContext => ({
  get table() {
    return args.table;
  },
  get proto() {
    return args.proto;
  },
  get protoInverted() {
    return args.invert.proto;
  },
  takeArg: () => getopt.takeArgWord(),
  warn,
});

const BASE_BY_NAME: ReadonlyMap<string, LongOption> = new Map(BASE_OPTIONS.map((o) => [o.name, o]));

/** Extension options carry this prefix in their getopt id, then the canonical option name. */
const EXT_PREFIX = "ext:";
const moduleOptions = new WeakMap<object, LongOption[]>();

/** An extension's options as getopt entries, made once per module. */
function optionsOf(module: Loaded["module"]): LongOption[] {
  let list = moduleOptions.get(module);
  if (!list) {
    list = module.options.map((o) => ({ name: o.name, arg: o.arg, id: EXT_PREFIX + (o.aliasOf ?? o.name) }));
    moduleOptions.set(module, list);
  }
  return list;
}

function parseCounters(packets: string, bytes: string | undefined): Counters {
  if (bytes === undefined) throw parameterProblem("-c requires packet and byte counter");
  // sscanf("%llu"): leading digits count, anything after them is ignored.
  const p = /^\s*\+?(\d+)/.exec(packets);
  if (!p) throw parameterProblem("-c packet counter not numeric");
  const b = /^\s*\+?(\d+)/.exec(bytes);
  if (!b) throw parameterProblem("-c byte counter not numeric");
  return { packets: BigInt.asUintN(64, BigInt(p[1]!)), bytes: BigInt.asUintN(64, BigInt(b[1]!)) };
}
