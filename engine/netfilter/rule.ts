import type { MatchInstance, TargetInstance } from "./extension";

/** An address with its mask, both as unsigned 32-bit numbers; mask 0 matches anything. */
export interface AddrMask {
  readonly addr: number;
  readonly mask: number;
}

/** The fixed fields a `!` can invert (struct ipt_ip's invflags), as bits of Rule's `invert`. */
export const INVERT = { src: 1, dst: 2, in: 4, out: 8, proto: 16, frag: 32 } as const;
export type Invertible = keyof typeof INVERT;

export const STANDARD_VERDICTS = ["ACCEPT", "DROP", "RETURN", "QUEUE"] as const;
export type StandardVerdict = (typeof STANDARD_VERDICTS)[number];

/** What a rule does when it matches. */
export type RuleTarget =
  | { readonly kind: "none" }
  | { readonly kind: "verdict"; readonly verdict: StandardVerdict }
  | { readonly kind: "jump"; readonly chain: string }
  | { readonly kind: "goto"; readonly chain: string }
  | { readonly kind: "extension"; readonly target: TargetInstance };

/** Packet and byte counts: a value, replaced rather than changed, so that rules can share ZERO_COUNTERS. */
export interface Counters {
  readonly packets: bigint;
  readonly bytes: bigint;
}

export const ZERO_COUNTERS: Counters = Object.freeze({ packets: 0n, bytes: 0n });

/**
 * One rule: the fixed part of struct ipt_ip (addresses, interfaces, protocol, fragment flag), its
 * matches and its target. A restore keeps tens of thousands of these, so the fixed part is kept
 * flat in the rule rather than as records of its own.
 */
export interface Rule {
  readonly src: AddrMask;
  readonly dst: AddrMask;
  /** Interface names; "" is any, a trailing "+" is a prefix wildcard. */
  readonly inIface: string;
  readonly outIface: string;
  /** IP protocol number; 0 is any. */
  readonly proto: number;
  /** `-f`: only second and later fragments. */
  readonly fragment: boolean;
  /** The fixed fields given after a `!`, as INVERT bits. */
  readonly invert: number;
  readonly matches: readonly MatchInstance[];
  readonly target: RuleTarget;
  counters: Counters;
}

/** Whether a `!` came before this fixed field of the rule. */
export const inverted = (rule: Rule, field: Invertible): boolean => (rule.invert & INVERT[field]) !== 0;

/** The user chain this rule passes control to, if any (for reference counts and loop checks). */
export function chainOf(target: RuleTarget): string | undefined {
  return target.kind === "jump" || target.kind === "goto" ? target.chain : undefined;
}
