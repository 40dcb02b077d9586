/**
 * C's strtoul(s, &end, base) as xtables_strtoui uses it: leading white space, an optional sign, then
 * with base 0 a "0x" prefix for hex or a leading "0" for octal. Returns undefined unless the whole
 * string is one number. A leading "-" is refused, as xtables_strtoul_base does.
 */
export function strtoul(text: string, base: 0 | 10 | 16 = 0): number | undefined {
  let s = text.replace(/^[ \t\n\v\f\r]+/, "");
  // libxtables refuses a leading minus outright (strtoul alone would wrap it around).
  if (s[0] === "-") return undefined;
  if (s[0] === "+") s = s.slice(1);
  let radix: number = base === 0 ? 10 : base;
  if ((base === 0 || base === 16) && /^0[xX][0-9a-fA-F]/.test(s)) {
    radix = 16;
    s = s.slice(2);
  } else if (base === 0 && s.length > 1 && s[0] === "0") {
    radix = 8;
  }
  const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!digits.test(s)) return undefined;
  const value = parseInt(s, radix);
  if (!Number.isSafeInteger(value)) return Number.MAX_SAFE_INTEGER;
  return value;
}

/** xtables_strtoui: the whole string is a number within [min, max]. */
export function strtouiInRange(text: string, min: number, max: number): number | undefined {
  const value = strtoul(text);
  return value !== undefined && value >= min && value <= max ? value : undefined;
}

/** An unsigned 32-bit value as iptables prints marks and masks: lower-case hex with 0x. */
export const hex = (value: number) => `0x${(value >>> 0).toString(16)}`;
