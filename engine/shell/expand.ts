import type { Word, WordPart } from "./ast";
import type { ShellState } from "./state";

const IFS_WHITESPACE = /[ \t\n]+/;

function paramValue(name: string, shell: ShellState): string {
  return name === "?" ? String(shell.status) : (shell.vars.get(name) ?? "");
}

/**
 * Expands a word into fields as bash does without globbing: parameters are substituted, and an
 * unquoted parameter's value is split on blanks (so `$UNSET` alone vanishes and `"$UNSET"` stays "").
 */
export function expandWord(word: Word, shell: ShellState): string[] {
  const fields: string[] = [];
  let field = "";
  let open = false; // whether `field` has started, even if empty (`""`)
  for (const part of word.parts) {
    if (part.kind === "text" || part.quoted) {
      field += part.kind === "text" ? part.text : paramValue(part.name, shell);
      open = true;
      continue;
    }
    const value = paramValue(part.name, shell);
    if (value === "") continue;
    const pieces = value.split(IFS_WHITESPACE);
    pieces.forEach((piece, index) => {
      if (index > 0 && open) {
        fields.push(field);
        field = "";
        open = false;
      }
      if (piece !== "") {
        field += piece;
        open = true;
      }
    });
  }
  if (open) fields.push(field);
  return fields;
}

/** Expansion without field splitting, as for the value of `NAME=value`. */
export function expandToString(word: Word, shell: ShellState): string {
  return word.parts
    .map((part: WordPart) => (part.kind === "text" ? part.text : paramValue(part.name, shell)))
    .join("");
}
