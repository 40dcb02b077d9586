/**
 * C's strtoul(s, &end, base) as xtables_strtoui uses it: leading white space, an optional sign, then
 * with base 0 a "0x" prefix for hex or a leading "0" for octal. Returns undefined unless the whole
 * string is one number. A leading "-" is refused, as xtables_strtoul_base does.
 */
export function strtoul(text: string, base: 0 | 10 | 16 = 0): number | undefined {
  // The usual plain decimal needs none of the C rules below, and a name ("tcp") is no number.
  if (base !== 16 && isPlainDecimal(text)) return Number(text);
  if (base !== 16 && !mayStartNumber(text.charCodeAt(0))) return undefined;
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

/** Blanks, a sign or a digit: what a decimal or octal strtoul can start with. */
const mayStartNumber = (ch: number) =>
  (ch >= 48 && ch <= 57) || ch === 43 || ch === 45 || ch === 32 || (ch >= 9 && ch <= 13);

/** Up to 15 decimal digits without a leading zero (or "0"): the usual number, exact as a double. */
function isPlainDecimal(text: string): boolean {
  if (text.length === 0 || text.length > 15 || (text.length > 1 && text[0] === "0")) return false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/** xtables_strtoui: the whole string is a number within [min, max]. */
export function strtouiInRange(text: string, min: number, max: number): number | undefined {
  const value = strtoul(text);
  return value !== undefined && value >= min && value <= max ? value : undefined;
}

/** An unsigned 32-bit value as iptables prints marks and masks: lower-case hex with 0x. */
export const hex = (value: number) => `0x${(value >>> 0).toString(16)}`;

/**
 * xtables_strtoul_base(s, &end, …, base 0) before its range check: C strtoumax at the start of
 * `text` and what follows it. White space and "+" may lead; a "-" never passes (libxtables refuses it
 * itself, since strtoumax would wrap it). undefined when no digit can be read; a value past 2^64 - 1
 * comes back as Infinity, out of every range, as ERANGE is.
 */
export function leadingNumber(text: string): { value: number; rest: string } | undefined {
  const m = /^[ \t\n\v\f\r]*\+?(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))/.exec(text);
  if (!m) return undefined;
  const [whole, hexDigits, octal, decimal] = m;
  const value =
    hexDigits !== undefined
      ? parseInt(hexDigits, 16)
      : octal !== undefined
        ? parseInt(octal, 8)
        : Number(decimal);
  return { value: value > 2 ** 64 - 1 ? Infinity : value, rest: text.slice(whole.length) };
}
