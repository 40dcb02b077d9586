import type {
  Extension,
  MatchInstance,
  MatchModule,
  OptionSpec,
  ParseContext,
  TargetInstance,
  TargetModule,
} from "../netfilter/extension";
import { MATCHES, TARGETS } from "../netfilter/registry";
import { STANDARD_VERDICTS } from "../netfilter/rule";
import { parameterProblem } from "./errors";
import type { LongOption } from "./getopt";
import { protocolToName } from "./protocol";

/** Extensions Debian's iptables 1.8.9 ships that the playground does not model yet. */
const SHIPPED_MATCHES = new Set(
  "ah icmp realm ttl addrtype bpf cgroup cluster comment connbytes connlabel connlimit connmark conntrack cpu dccp devgroup dscp ecn esp hashlimit helper ipcomp iprange ipvs length limit mac mark multiport nfacct osf owner physdev pkttype policy quota rateest recent rpfilter sctp set socket state statistic string tcp tcpmss time tos u32 udp".split(
    " ",
  ),
);
const SHIPPED_TARGETS = new Set(
  "CLUSTERIP ECN NETMAP REJECT TTL ULOG AUDIT CHECKSUM CLASSIFY CONNMARK CONNSECMARK CT DNAT DSCP HMARK IDLETIMER LED LOG MARK MASQUERADE NFLOG NFQUEUE NOTRACK RATEEST REDIRECT SECMARK SET SNAT SYNPROXY TCPMSS TCPOPTSTRIP TEE TOS TPROXY TRACE".split(
    " ",
  ),
);

/** Whether `name` is a target iptables could load: a chain may not be called that. */
export function isTargetName(name: string): boolean {
  return (STANDARD_VERDICTS as readonly string[]).includes(name) || SHIPPED_TARGETS.has(name);
}

/** An extension's option as getopt sees it, and the canonical option it stands for. */
export interface ExtensionOption extends LongOption {
  /** What the module parses: the canonical name, also for an alias ("dport" is "destination-port"). */
  readonly option: string;
  /** The canonical option's spec. */
  readonly spec: OptionSpec;
  /** The canonical option's bit among those a Loaded extension has seen. */
  readonly bit: number;
}

/** A module's options for getopt: in order, by name, and by getopt id (aliases share their option's id). */
export interface OptionTable {
  readonly list: readonly ExtensionOption[];
  readonly byName: ReadonlyMap<string, ExtensionOption>;
  readonly byId: ReadonlyMap<string, ExtensionOption>;
}

/** Extension options carry this prefix in their getopt id, then the canonical option name. */
const EXT_PREFIX = "ext:";

/** A module's options for getopt. */
function optionTable(module: MatchModule | TargetModule): OptionTable {
  const list = module.options.map((o): ExtensionOption => {
    const option = o.aliasOf ?? o.name;
    const index = module.options.findIndex((c) => c.name === option);
    return {
      name: o.name,
      arg: o.arg,
      id: EXT_PREFIX + option,
      option,
      spec: module.options[index]!,
      bit: 1 << index,
    };
  });
  return {
    list,
    byName: new Map(list.map((o) => [o.name, o])),
    byId: new Map(list.map((o) => [o.id, o])),
  };
}

/** A module as -m or -j loads it: with its option table, made once. */
interface Loadable {
  readonly module: MatchModule | TargetModule;
  readonly options: OptionTable;
}

const loadable = (modules: ReadonlyMap<string, MatchModule | TargetModule>): ReadonlyMap<string, Loadable> =>
  new Map([...modules].map(([name, module]) => [name, { module, options: optionTable(module) }]));

/** What -m and -j can load, by name. */
const LOADABLE = { match: loadable(MATCHES), target: loadable(TARGETS) };

/** One use of an extension in the rule being parsed, with libxtables' per-option bookkeeping. */
export class Loaded {
  readonly module: MatchModule | TargetModule;
  /** What the rule keeps. */
  readonly instance: MatchInstance | TargetInstance;
  readonly options: OptionTable;
  /** The options given so far, as ExtensionOption bits. */
  private seen = 0;

  constructor({ module, options }: Loadable) {
    this.module = module;
    this.instance = module.init() as MatchInstance | TargetInstance;
    this.options = options;
  }

  parse(option: ExtensionOption, arg: string | undefined, invert: boolean, ctx: ParseContext): void {
    const ext = this.module as Extension<unknown>;
    if (!ext.ownChecks) {
      // libxtables checks a repeat before an inversion.
      if (this.seen & option.bit && !option.spec.repeatable)
        throw parameterProblem(`${ext.name}: option "--${option.option}" can only be used once.\n`);
      if (invert && !option.spec.invertible)
        throw parameterProblem(`${ext.name}: option "--${option.option}" cannot be inverted.\n`);
    }
    this.seen |= option.bit;
    ext.parse(this.instance, option.option, arg, invert, ctx);
  }

  final(ctx: ParseContext): void {
    (this.module as Extension<unknown>).final?.(this.instance, ctx);
  }
}

/**
 * -m NAME or -j NAME. A -j name that is no target extension is a verdict or a chain: undefined.
 * ACCEPT, DROP, RETURN and QUEUE are the "standard" target, handled as verdicts.
 */
export function loadExtension(name: string, kind: "match" | "target"): Loaded | undefined {
  const found = LOADABLE[kind].get(name);
  if (found) return new Loaded(found);
  if (kind === "target" && !SHIPPED_TARGETS.has(name)) return undefined;
  if (SHIPPED_MATCHES.has(name) || SHIPPED_TARGETS.has(name))
    throw parameterProblem(`the playground does not model the ${name} ${kind} yet`);
  throw parameterProblem(`Couldn't load match \`${name}':No such file or directory\n`);
}

/** The match `-p PROTO` implies for options no loaded module knows (load_proto), once per rule. */
export function protocolMatchName(proto: number, alreadyLoaded: boolean): string | undefined {
  if (alreadyLoaded) return undefined;
  const name = protocolToName(proto);
  return name !== undefined && MATCHES.has(name) ? name : undefined;
}
