import type { LongOption } from "./getopt";

/** iptables' own options (xshared.c `xtables_globals.orig_opts`); ids are the getopt characters. */
export const BASE_OPTIONS: readonly LongOption[] = [
  { name: "append", arg: "required", id: "A" },
  { name: "delete", arg: "required", id: "D" },
  { name: "check", arg: "required", id: "C" },
  { name: "insert", arg: "required", id: "I" },
  { name: "replace", arg: "required", id: "R" },
  { name: "list", arg: "optional", id: "L" },
  { name: "list-rules", arg: "optional", id: "S" },
  { name: "flush", arg: "optional", id: "F" },
  { name: "zero", arg: "optional", id: "Z" },
  { name: "new-chain", arg: "required", id: "N" },
  { name: "delete-chain", arg: "optional", id: "X" },
  { name: "rename-chain", arg: "required", id: "E" },
  { name: "policy", arg: "required", id: "P" },
  { name: "source", arg: "required", id: "s" },
  { name: "destination", arg: "required", id: "d" },
  { name: "src", arg: "required", id: "s" },
  { name: "dst", arg: "required", id: "d" },
  { name: "protocol", arg: "required", id: "p" },
  { name: "in-interface", arg: "required", id: "i" },
  { name: "jump", arg: "required", id: "j" },
  { name: "table", arg: "required", id: "t" },
  { name: "match", arg: "required", id: "m" },
  { name: "numeric", arg: "none", id: "n" },
  { name: "out-interface", arg: "required", id: "o" },
  { name: "verbose", arg: "none", id: "v" },
  { name: "wait", arg: "optional", id: "w" },
  { name: "wait-interval", arg: "required", id: "W" },
  { name: "exact", arg: "none", id: "x" },
  { name: "fragments", arg: "none", id: "f" },
  { name: "version", arg: "none", id: "V" },
  { name: "help", arg: "optional", id: "h" },
  { name: "line-numbers", arg: "none", id: "0" },
  { name: "modprobe", arg: "required", id: "M" },
  { name: "set-counters", arg: "required", id: "c" },
  { name: "goto", arg: "required", id: "g" },
  { name: "ipv4", arg: "none", id: "4" },
  { name: "ipv6", arg: "none", id: "6" },
];

/** The short options of "-:A:C:D:R:I:L::S::M:F::Z::N:X::E:P:Vh::o:p:s:d:j:i:fvw::W::nt:m:xc:g:46". */
export const SHORT_OPTIONS: ReadonlyMap<string, LongOption> = new Map(
  [
    ..."ACDRIMNEPopsdjitmcgW".split("").map((id) => ({ id, arg: "required" as const })),
    ..."LSFZXhw".split("").map((id) => ({ id, arg: "optional" as const })),
    ..."Vfvnx46".split("").map((id) => ({ id, arg: "none" as const })),
    // { name, arg, id } in BASE_OPTIONS' order: getopt reads one shape of option, whichever table it came from.
  ].map((o) => [o.id, { name: o.id, arg: o.arg, id: o.id }]),
);

/** Rule options that `set_option` tracks, in the order of xshared's `optflags`. */
export const RULE_FLAGS = ["n", "s", "d", "p", "j", "v", "x", "i", "o", "0", "c", "f"] as const;
export type RuleFlag = (typeof RULE_FLAGS)[number];

/** Each flag's bit in a set of flags, in RULE_FLAGS order: the lowest bit set is the first flag. */
export const FLAG_BIT = Object.fromEntries(RULE_FLAGS.map((flag, i) => [flag, 1 << i])) as Readonly<
  Record<RuleFlag, number>
>;

/** A set of flags as bits. */
export const flagBits = (flags: readonly RuleFlag[]) =>
  flags.reduce((bits, flag) => bits | FLAG_BIT[flag], 0);

/** How generic_opt_check names a flag in "Illegal option `-s' with this command". */
export const flagText = (flag: RuleFlag) => `-${flag}`;

/** Flags that may be inverted with `!` (inverse_for_options). */
export const INVERTIBLE_FLAGS: ReadonlySet<RuleFlag> = new Set(["s", "d", "p", "i", "o", "f"]);
