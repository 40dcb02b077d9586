import type { MatchInstance, TargetInstance } from "./extension";

/** An address with its mask, both as unsigned 32-bit numbers; mask 0 matches anything. */
export interface AddrMask {
  readonly addr: number;
  readonly mask: number;
}

/** The fixed part of every rule (struct ipt_ip): addresses, interfaces, protocol, fragment flag. */
export interface IpFilter {
  readonly src: AddrMask;
  readonly dst: AddrMask;
  /** Interface names; "" is any, a trailing "+" is a prefix wildcard. */
  readonly inIface: string;
  readonly outIface: string;
  /** IP protocol number; 0 is any. */
  readonly proto: number;
  /** `-f`: only second and later fragments. */
  readonly fragment: boolean;
  readonly invert: Readonly<{
    src: boolean;
    dst: boolean;
    in: boolean;
    out: boolean;
    proto: boolean;
    frag: boolean;
  }>;
}

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

export interface Rule {
  readonly ip: IpFilter;
  readonly matches: readonly MatchInstance[];
  readonly target: RuleTarget;
  counters: Counters;
}

/** The user chain this rule passes control to, if any (for reference counts and loop checks). */
export function chainOf(target: RuleTarget): string | undefined {
  return target.kind === "jump" || target.kind === "goto" ? target.chain : undefined;
}
