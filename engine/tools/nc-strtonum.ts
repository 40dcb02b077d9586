/** INT_MAX and INT_MIN of the C int that nc keeps its numbers in. */
export const INT_MAX = 2147483647;
export const INT_MIN = -2147483648;

/**
 * OpenBSD strtonum(3) as nc calls it for -W, -w and -q: strtoll's leading blanks and sign, the whole
 * word a number, then the range. The error is the word nc puts in "nc: timeout invalid: x".
 */
export function strtonum(
  text: string,
  min: number,
  max: number,
): number | { readonly error: "invalid" | "too small" | "too large" } {
  const match = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(text);
  if (!match) return { error: "invalid" };
  // BigInt: a number past long long's range is too small or too large all the same.
  const n = BigInt(match[1]!);
  if (n < BigInt(min)) return { error: "too small" };
  if (n > BigInt(max)) return { error: "too large" };
  return Number(n);
}
