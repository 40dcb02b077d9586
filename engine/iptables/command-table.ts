import type { RuleFlag } from "./options";

/** iptables' commands by their option letter. */
export type CommandLetter = "A" | "D" | "C" | "I" | "R" | "L" | "S" | "F" | "Z" | "N" | "X" | "E" | "P";

/** Commands that take a rule specification. */
export const RULE_COMMANDS: ReadonlySet<CommandLetter> = new Set(["A", "D", "C", "I", "R"]);

/** What each command may be combined with (add_command's othercmds): -L and -S with -Z. */
export const COMBINABLE: Readonly<Partial<Record<CommandLetter, readonly CommandLetter[]>>> = {
  L: ["Z"],
  S: ["Z"],
  Z: ["L", "S"],
};

const ALL_BUT_V: readonly RuleFlag[] = ["n", "s", "d", "p", "j", "x", "i", "o", "0", "c", "f"];

/**
 * The flags each command refuses (xshared's commands_v_options 'x' entries). "D#" is -D by number,
 * which takes no rule specification.
 */
export const ILLEGAL_FLAGS: Readonly<Record<CommandLetter | "D#", readonly RuleFlag[]>> = {
  I: ["n", "x", "0"],
  A: ["n", "x", "0"],
  R: ["n", "x", "0"],
  D: ["n", "x", "0", "c"],
  C: ["n", "x", "0", "c"],
  "D#": ALL_BUT_V,
  L: ["s", "d", "p", "j", "i", "o", "c", "f"],
  S: ALL_BUT_V,
  F: ALL_BUT_V,
  Z: ALL_BUT_V,
  N: ALL_BUT_V,
  X: ALL_BUT_V,
  E: ALL_BUT_V,
  P: ALL_BUT_V.filter((f) => f !== "c"),
};
