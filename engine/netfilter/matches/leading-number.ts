/**
 * xtables_strtoul_base(s, &end, …, base 0) before its range check: C strtoumax at the start of
 * `text` and what follows it. White space and "+" may lead; a "-" never passes (libxtables refuses it
 * itself, since strtoumax would wrap it). undefined when no digit can be read; too large a value
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
