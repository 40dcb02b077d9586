/** The line being typed at the prompt and where the cursor is in it. */
export interface EditLine {
  readonly text: string;
  readonly cursor: number;
}

export const EMPTY_LINE: EditLine = { text: "", cursor: 0 };

export const lineOf = (text: string): EditLine => ({ text, cursor: text.length });

export function insert({ text, cursor }: EditLine, typed: string): EditLine {
  return { text: text.slice(0, cursor) + typed + text.slice(cursor), cursor: cursor + typed.length };
}

/** Replaces the text from `from` to the cursor, as a completion does. */
export function replaceBefore({ text, cursor }: EditLine, from: number, by: string): EditLine {
  return { text: text.slice(0, from) + by + text.slice(cursor), cursor: from + by.length };
}

/** The editing keys that change only the line, as readline's emacs bindings do. */
export type EditKey =
  | "backward-delete-char"
  | "delete-char"
  | "backward-char"
  | "forward-char"
  | "beginning-of-line"
  | "end-of-line"
  | "unix-line-discard"
  | "kill-line"
  | "unix-word-rubout";

export function edit(line: EditLine, key: EditKey): EditLine {
  const { text, cursor } = line;
  switch (key) {
    case "backward-delete-char":
      return cursor === 0
        ? line
        : { text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 };
    case "delete-char":
      return { text: text.slice(0, cursor) + text.slice(cursor + 1), cursor };
    case "backward-char":
      return { text, cursor: Math.max(0, cursor - 1) };
    case "forward-char":
      return { text, cursor: Math.min(text.length, cursor + 1) };
    case "beginning-of-line":
      return { text, cursor: 0 };
    case "end-of-line":
      return { text, cursor: text.length };
    case "unix-line-discard":
      return { text: text.slice(cursor), cursor: 0 };
    case "kill-line":
      return { text: text.slice(0, cursor), cursor };
    case "unix-word-rubout": {
      // Back over blanks, then over the word: unix-word-rubout's words end at whitespace.
      let from = cursor;
      while (from > 0 && /\s/.test(text[from - 1]!)) from--;
      while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
      return { text: text.slice(0, from) + text.slice(cursor), cursor: from };
    }
  }
}

/** The longest start all candidates share, which Tab inserts when it cannot finish the word. */
export function commonPrefix(candidates: readonly string[]): string {
  let prefix = candidates[0] ?? "";
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
