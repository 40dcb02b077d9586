/** A word bash reads back as exactly `text`: single quotes, with each `'` closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
