import type { Hook } from "./hooks";
import type { TableName } from "./tables";
import type { XtContext, XtVerdict } from "./xt-context";
import type { Packet } from "../stack/packet";

/** Why the kernel refuses a rule, as nft_strerror words the errno. */
export type Refusal = "Invalid argument" | "Too many links" | "No such file or directory";

/** One `--option` an extension understands, as getopt_long sees it. */
export interface OptionSpec {
  /** Without the leading dashes. */
  readonly name: string;
  readonly arg: "required" | "none";
  /** May be preceded by `!` (otherwise: `option "--x" cannot be inverted.`). */
  readonly invertible?: boolean;
  /** May be given more than once (otherwise: `option "--x" can only be used once.`). */
  readonly repeatable?: boolean;
  /** A synonym: parsing sees the named option instead ("sport" for "source-port"). */
  readonly aliasOf?: string;
}

/** What an extension may look at while the command line is parsed (`-p` may still come later). */
export interface ParseContext {
  /** As typed with -t; an unknown name is refused only after parsing, as iptables does. */
  readonly table: string;
  /** The `-p` protocol number so far (0: none or all). */
  readonly proto: number;
  readonly protoInverted: boolean;
  /** Takes the next command-line word if it can be an argument (for options with two, like --tcp-flags). */
  takeArg(): string | undefined;
  /** Prints a warning on stderr at once, as iptables does while it parses (before any error). */
  warn(text: string): void;
}

/**
 * An iptables extension module (libxt_*.c / libipt_*.c): parses its options, prints them for
 * `-S`/`iptables-save` and for `-L`, and does its kernel half (xt_*.c) on packets. One file per
 * module. `D` is the module's parsed state for one rule.
 */
export interface Extension<D> {
  readonly name: string;
  readonly options: readonly OptionSpec[];
  /**
   * The data for one use in a rule, carrying the module itself: a rule keeps this one record per
   * match or target (a big ruleset holds tens of thousands), not a wrapper around it.
   */
  init(): D & { readonly module: Extension<D> };
  /**
   * Old-style parsers (tcp, multiport…) word their own errors for `!` and repeats; the others get
   * libxtables' generic "cannot be inverted" / "can only be used once" checks from the OptionSpec.
   */
  readonly ownChecks?: boolean;
  /** One option as typed; `invert` says a `!` came before it. Throws XtablesError. */
  parse(data: D, option: string, arg: string | undefined, invert: boolean, ctx: ParseContext): void;
  /** After the whole command line: required options and cross-option checks. */
  final?(data: D, ctx: ParseContext): void;
  /** The options as `-S` prints them, each with a leading space; "" when there are none. */
  save(data: D): string;
  /** What `-L` prints after the addresses, with a leading space; numeric is `-n`. */
  list(data: D, numeric: boolean): string;
  /** The hooks the kernel accepts this use in (its checkentry); undefined means any. */
  hooks?(data: D): readonly Hook[] | undefined;
  /** What the kernel's checkentry says about these options wherever the rule sits (even unreachable). */
  refusal?(data: D): Refusal | undefined;
  /**
   * Whether this use turns connection tracking on in its namespace (its checkentry takes a
   * reference with nf_ct_netns_get); without any such rule, nothing is tracked.
   */
  usesConntrack?(data: D): boolean;
}

export interface MatchModule<D = unknown> extends Extension<D> {
  readonly kind: "match";
  /** The kernel's match function: whether the packet matches, `!` options included. No allocation. */
  match(data: D, packet: Packet, ctx: XtContext): boolean;
  /** For the trace, only after `match` said no: which option failed and how (`dport 8081 ≠ 80`). */
  why(data: D, packet: Packet, ctx: XtContext): string;
}

export interface TargetModule<D = unknown> extends Extension<D> {
  readonly kind: "target";
  /** The one table the kernel registers this target for (xt_target.table); undefined means any. */
  readonly table?: TableName;
  /** The name `-L` shows in the target column, when it differs (NOTRACK lists as CT). */
  readonly listName?: string;
  /** The kernel's target function: does its work on the packet and gives the verdict. */
  fire(data: D, packet: Packet, ctx: XtContext): XtVerdict;
}

/** A match as a rule holds it: the data its module parsed, which carries the module. */
export type MatchInstance<D = unknown> = D & { readonly module: MatchModule<D> };

/** A target extension as a rule holds it: the data its module parsed, which carries the module. */
export type TargetInstance<D = unknown> = D & { readonly module: TargetModule<D> };
