import type { XtablesError } from "../../iptables/errors";

/** A word of a comma list and its bit, in the order the parser tries them. */
export type Word = readonly [name: string, bit: number];

/** Conntrack state bits as xt_conntrack.h numbers them (state_mask). */
export const CT_STATE = {
  INVALID: 1 << 0,
  ESTABLISHED: 1 << 1,
  RELATED: 1 << 2,
  NEW: 1 << 3,
  SNAT: 1 << 6,
  DNAT: 1 << 7,
  UNTRACKED: 1 << 8,
} as const;

/** The states `--ctstate` knows, in the order conntrack_ps_state tries them. */
export const CTSTATE_WORDS: readonly Word[] = (
  ["INVALID", "NEW", "ESTABLISHED", "RELATED", "UNTRACKED", "SNAT", "DNAT"] as const
).map((name) => [name, CT_STATE[name]]);

/** `--state` (state_parse_state) knows the same words but the NAT ones. */
export const STATE_WORDS: readonly Word[] = CTSTATE_WORDS.filter(([name]) => !name.endsWith("NAT"));

/** Connection status bits (IPS_*), in the order conntrack_ps_status tries them; NONE adds nothing. */
export const CT_STATUS = {
  NONE: 0,
  EXPECTED: 1 << 0,
  SEEN_REPLY: 1 << 1,
  ASSURED: 1 << 2,
  CONFIRMED: 1 << 3,
} as const;
export const CTSTATUS_WORDS: readonly Word[] = Object.entries(CT_STATUS);

const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * strncasecmp(word, NAME, strlen(word)): any non-empty prefix of a name, in any case, picks it, so
 * "e" is ESTABLISHED and "s" is SNAT (the first name that fits wins).
 */
function lookup(words: readonly Word[], word: string): number | undefined {
  if (word === "") return undefined;
  return words.find(([name]) => asciiLower(name).startsWith(asciiLower(word)))?.[1];
}

/**
 * A comma list of words, as libxt_conntrack splits it with strchr: a bad word is reported with the
 * rest of the list from there on. `emptyLast` is state_parse_states' extra wording for a trailing comma.
 */
export function parseWords(
  arg: string,
  words: readonly Word[],
  bad: (rest: string) => XtablesError,
  emptyLast?: () => XtablesError,
): number {
  let rest = arg;
  let bits = 0;
  for (let comma = rest.indexOf(","); comma >= 0; comma = rest.indexOf(",")) {
    const bit = lookup(words, rest.slice(0, comma));
    if (bit === undefined) throw bad(rest);
    bits |= bit;
    rest = rest.slice(comma + 1);
  }
  if (rest === "" && emptyLast) throw emptyLast();
  const bit = lookup(words, rest);
  if (bit === undefined) throw bad(rest);
  return bits | bit;
}

/** print_state: the set bits in iptables' fixed order, whatever the order typed. */
const STATE_PRINT_ORDER = ["INVALID", "NEW", "RELATED", "ESTABLISHED", "UNTRACKED", "SNAT", "DNAT"] as const;

export const stateNames = (mask: number) =>
  STATE_PRINT_ORDER.filter((name) => mask & CT_STATE[name]).join(",");

/** print_status: the set bits in bit order, or NONE. */
export function statusNames(mask: number): string {
  const names = CTSTATUS_WORDS.filter(([, bit]) => mask & bit).map(([name]) => name);
  return names.length ? names.join(",") : "NONE";
}
