import type { Extension, MatchModule, OptionSpec, ParseContext, TargetModule } from "../netfilter/extension";
import { MATCHES, TARGETS } from "../netfilter/registry";
import { STANDARD_VERDICTS } from "../netfilter/rule";
import { parameterProblem } from "./errors";
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

/** One use of an extension in the rule being parsed, with libxtables' per-option bookkeeping. */
export class Loaded {
  readonly data: unknown;
  private readonly seen = new Set<string>();

  constructor(readonly module: MatchModule | TargetModule) {
    this.data = module.init();
  }

  get instance() {
    return { module: this.module, data: this.data };
  }

  parse(name: string, arg: string | undefined, invert: boolean, ctx: ParseContext): void {
    const ext = this.module as Extension<unknown>;
    const spec = ext.options.find((o) => o.name === name) as OptionSpec;
    if (!ext.ownChecks) {
      // libxtables checks a repeat before an inversion.
      if (this.seen.has(name) && !spec.repeatable)
        throw parameterProblem(`${ext.name}: option "--${name}" can only be used once.\n`);
      if (invert && !spec.invertible)
        throw parameterProblem(`${ext.name}: option "--${name}" cannot be inverted.\n`);
    }
    this.seen.add(name);
    ext.parse(this.data, name, arg, invert, ctx);
  }

  final(ctx: ParseContext): void {
    (this.module as Extension<unknown>).final?.(this.data, ctx);
  }
}

/**
 * -m NAME or -j NAME. A -j name that is no target extension is a verdict or a chain: undefined.
 * ACCEPT, DROP, RETURN and QUEUE are the "standard" target, handled as verdicts.
 */
export function loadExtension(name: string, kind: "match" | "target"): Loaded | undefined {
  const module = kind === "match" ? MATCHES.get(name) : TARGETS.get(name);
  if (module) return new Loaded(module);
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
