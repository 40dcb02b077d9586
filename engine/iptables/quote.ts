/**
 * xtables_save_string: a value made only of letters, digits, "_" and "-" prints bare; anything else
 * is double-quoted with `"`, `\` and `'` escaped by a backslash.
 */
export function saveString(value: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(value)) return value;
  return `"${value.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}
