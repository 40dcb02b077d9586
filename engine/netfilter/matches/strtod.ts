/** A hexadecimal float's digits and binary exponent ("0x1.8p3"), as C99 strtod reads it. */
function hexFloat(mantissa: string, exponent: string | undefined): number {
  const [whole = "", fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  let value = 0;
  for (const d of digits) value = value * 16 + parseInt(d, 16);
  return value * 2 ** (Number(exponent ?? 0) - 4 * fraction.length);
}

/**
 * C's strtod(text, &end) with *end required to be "\0" (xtopt_parse_float): leading blanks, a sign,
 * then a decimal or hexadecimal float, "inf"/"infinity" or "nan"/"nan(…)", any case. Undefined when
 * the whole text is not one number.
 */
export function strtodWhole(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(.*)$/s.exec(text)!;
  const sign = m[1] === "-" ? -1 : 1;
  const body = m[2]!;
  if (/^(inf|infinity)$/i.test(body)) return sign * Infinity;
  if (/^nan(\([0-9A-Za-z_]*\))?$/i.test(body)) return NaN;
  const hex = /^0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP]([+-]?[0-9]+))?$/.exec(body);
  if (hex) return sign * hexFloat(hex[1]!, hex[2]);
  if (/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(body)) return sign * Number(body);
  return undefined;
}
