import type { MatchInstance, TargetInstance } from "../netfilter/extension";
import type { Counters } from "../netfilter/rule";
import type { CommandLetter } from "./command-table";

/** Everything one iptables command line says, before it is checked against the ruleset. */
export interface ParsedArgs {
  commands: readonly CommandLetter[];
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
  /** The rule options given, as FLAG_BIT bits. */
  flags: number;
  /** The rule options given after a "!", as INVERT bits. */
  invert: number;
  src?: string;
  dst?: string;
  inIface: string;
  outIface: string;
  proto: number;
  /** In the order given; an exact-size list, as every rule keeps it. */
  matches: readonly MatchInstance[];
  target?: TargetInstance;
  /** -j/-g to a name that is not a target extension: a verdict or a user chain. */
  jumpTo?: string;
  goto: boolean;
  counters?: Counters;
}

const NO_COMMANDS: readonly CommandLetter[] = Object.freeze([]);
const NO_MATCHES: readonly MatchInstance[] = Object.freeze([]);

/** Every field from the start (some undefined), so that setting one later does not grow the object. */
export function emptyArgs(): ParsedArgs {
  return {
    commands: NO_COMMANDS,
    byNumber: false,
    table: "filter",
    chain: undefined,
    newName: undefined,
    policy: undefined,
    ruleNum: undefined,
    verbose: 0,
    numeric: false,
    exact: false,
    lineNumbers: false,
    help: false,
    version: false,
    flags: 0,
    invert: 0,
    src: undefined,
    dst: undefined,
    inIface: "",
    outIface: "",
    proto: 0,
    matches: NO_MATCHES,
    target: undefined,
    jumpTo: undefined,
    goto: false,
    counters: undefined,
  };
}
