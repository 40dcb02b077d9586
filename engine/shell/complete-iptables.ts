import { BASE_OPTIONS } from "../iptables/options";
import { MATCHES, TARGETS } from "../netfilter/registry";
import { chains, interfaces, optionValue, tables, type CompletionContext } from "./complete-context";

/** Options whose argument is a chain of the table. */
const CHAIN_OPTIONS = [
  ..."ADCIRLSFZXPE".split("").map((c) => `-${c}`),
  ...BASE_OPTIONS.filter((o) => "ADCIRLSFZXPE".includes(o.id)).map((o) => `--${o.name}`),
];
const longAndShort = (id: string) => [
  `-${id}`,
  ...BASE_OPTIONS.filter((o) => o.id === id).map((o) => `--${o.name}`),
];
const TABLE = longAndShort("t");
const JUMP = longAndShort("j");
const GOTO = longAndShort("g");
const MATCH = longAndShort("m");
const PROTOCOL = longAndShort("p");
const INTERFACE = [...longAndShort("i"), ...longAndShort("o")];
const POLICY = longAndShort("P");
/** The verdicts every table knows, besides its chains and the target extensions. */
const STANDARD_TARGETS = ["ACCEPT", "DROP", "QUEUE", "RETURN"];
/** The protocols `-p` takes by name that the playground models. */
const PROTOCOLS = ["all", "icmp", "tcp", "udp"];

/** Every option iptables understands with what is loaded so far: its own, then its matches' and target's. */
function options(args: readonly string[]): string[] {
  const own = [
    ...new Set(BASE_OPTIONS.map((o) => `-${o.id}`).filter((o) => /^-[A-Za-z]$/.test(o))),
    ...BASE_OPTIONS.map((o) => `--${o.name}`),
  ];
  const loaded = [
    ...args
      .filter((_, i) => i > 0 && [...MATCH, ...PROTOCOL].includes(args[i - 1]!))
      .map((m) => MATCHES.get(m)),
    TARGETS.get(optionValue([...args, ""], JUMP) ?? ""),
  ];
  return [...own, ...loaded.flatMap((m) => m?.options.map((o) => `--${o.name}`) ?? [])];
}

/** iptables' words by position: chains after -A/-I/…, tables after -t, targets after -j, devices after -i/-o. */
export function completeIptables(ctx: CompletionContext): readonly string[] {
  const { args, current } = ctx;
  const previous = args.at(-1);
  const table = optionValue([...args, ""], TABLE) ?? "filter";
  if (previous === undefined) return current.startsWith("-") ? options(args) : [];
  if (TABLE.includes(previous)) return tables(ctx);
  if (CHAIN_OPTIONS.includes(previous)) return chains(ctx, table);
  if (POLICY.includes(args.at(-2) ?? "")) return ["ACCEPT", "DROP"];
  if (JUMP.includes(previous)) return [...STANDARD_TARGETS, ...TARGETS.keys(), ...chains(ctx, table, true)];
  if (GOTO.includes(previous)) return chains(ctx, table, true);
  if (MATCH.includes(previous)) return [...MATCHES.keys()];
  if (PROTOCOL.includes(previous)) return PROTOCOLS;
  if (INTERFACE.includes(previous)) return interfaces(ctx);
  return current.startsWith("-") ? options(args) : [];
}
