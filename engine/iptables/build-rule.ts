import type { AddrMask, Rule, RuleTarget } from "../netfilter/rule";
import { INVERT, STANDARD_VERDICTS, ZERO_COUNTERS } from "../netfilter/rule";
import { parseAddressList } from "./address";
import { ILLEGAL_FLAGS, RULE_COMMANDS } from "./command-table";
import { parameterProblem } from "./errors";
import { FLAG_BIT, flagBits, flagText, RULE_FLAGS } from "./options";
import type { ParsedArgs } from "./parsed-args";

const ANY: AddrMask = { addr: 0, mask: 0 };

/** Targets without parameters are values that every rule using them shares. */
const NO_TARGET: RuleTarget = Object.freeze({ kind: "none" });
const VERDICTS: ReadonlyMap<string, RuleTarget> = new Map(
  STANDARD_VERDICTS.map((verdict) => [verdict, Object.freeze({ kind: "verdict" as const, verdict })]),
);

const ILLEGAL_BITS = Object.fromEntries(
  Object.entries(ILLEGAL_FLAGS).map(([command, flags]) => [command, flagBits(flags)]),
) as Readonly<Record<keyof typeof ILLEGAL_FLAGS, number>>;

/** generic_opt_check: a flag is illegal when every command given refuses it; the first such is named. */
function checkFlags(args: ParsedArgs): void {
  if (args.commands.length === 0) return;
  let illegal = args.flags;
  for (const c of args.commands) illegal &= ILLEGAL_BITS[c === "D" && args.byNumber ? "D#" : c];
  if (illegal === 0) return;
  const flag = RULE_FLAGS.find((f) => illegal & FLAG_BIT[f]);
  if (flag) throw parameterProblem(`Illegal option \`${flagText(flag)}' with this command`);
}

function targetOf(args: ParsedArgs): RuleTarget {
  if (args.target) return { kind: "extension", target: args.target };
  const name = args.jumpTo;
  if (name === undefined) return NO_TARGET;
  if (args.goto) return { kind: "goto", chain: name };
  return VERDICTS.get(name) ?? { kind: "jump", chain: name };
}

/**
 * The checks do_parse makes after its option loop, then one rule per source × destination address,
 * as iptables expands "-s a,b -d c,d".
 */
export function buildRules(args: ParsedArgs): Rule[] {
  const sources = args.src === undefined ? [ANY] : parseAddressList(args.src);
  const dests = args.dst === undefined ? [ANY] : parseAddressList(args.dst);
  if ((sources.length > 1 || dests.length > 1) && args.invert & (INVERT.src | INVERT.dst))
    throw parameterProblem("! not allowed with multiple source or destination IP addresses");
  const main = args.commands[0];
  if (main === "R" && (sources.length !== 1 || dests.length !== 1))
    throw parameterProblem("Replacement rule does not specify a unique address");
  checkFlags(args);
  const chain = args.chain;
  if (chain !== undefined && chain.length >= 29)
    throw parameterProblem(`chain name \`${chain}' too long (must be under 29 chars)`);
  if (!main || !RULE_COMMANDS.has(main) || args.byNumber) return [];
  if ((chain === "PREROUTING" || chain === "INPUT") && args.flags & FLAG_BIT.o)
    throw parameterProblem(`Can't use -o with ${chain}\n`);
  if ((chain === "POSTROUTING" || chain === "OUTPUT") && args.flags & FLAG_BIT.i)
    throw parameterProblem(`Can't use -i with ${chain}\n`);
  const target = targetOf(args);
  const rule = (src: AddrMask, dst: AddrMask): Rule => ({
    src,
    dst,
    inIface: args.inIface,
    outIface: args.outIface,
    proto: args.proto,
    fragment: (args.flags & FLAG_BIT.f) !== 0,
    invert: args.invert,
    matches: args.matches,
    target,
    counters: args.counters ?? ZERO_COUNTERS,
  });
  // One address each is the usual case: a literal holds its one rule (a push would make room for 17).
  if (sources.length === 1 && dests.length === 1) return [rule(sources[0]!, dests[0]!)];
  const rules: Rule[] = [];
  for (const src of sources) for (const dst of dests) rules.push(rule(src, dst));
  return rules;
}
