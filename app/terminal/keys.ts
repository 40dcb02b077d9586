import type { EditKey } from "./line-editor";

/** The keys readline has a name for, after its own functions: the line edits, and the rest. */
type Named =
  EditKey | "accept-line" | "previous-history" | "next-history" | "complete" | "interrupt" | "clear-screen";

/** What a key (or a pasted run of text) asks of readline: one variant per kind, so a check narrows. */
export type Key =
  { readonly kind: "text"; readonly text: string } | { readonly [K in Named]: { readonly kind: K } }[Named];

/** Control characters, as readline binds them in emacs mode (Ctrl-C is the tty's interrupt). */
const CONTROLS: Readonly<Record<string, Named>> = {
  "\x01": "beginning-of-line",
  "\x02": "backward-char",
  "\x03": "interrupt",
  "\x04": "delete-char",
  "\x05": "end-of-line",
  "\x06": "forward-char",
  "\x08": "backward-delete-char",
  "\t": "complete",
  "\x0b": "kill-line",
  "\x0c": "clear-screen",
  "\x0e": "next-history",
  "\x10": "previous-history",
  "\x15": "unix-line-discard",
  "\x17": "unix-word-rubout",
  "\x7f": "backward-delete-char",
};

/** The escape sequences xterm sends for the editing keys, without their ESC. */
const SEQUENCES: Readonly<Record<string, Named>> = {
  "[A": "previous-history",
  "[B": "next-history",
  "[C": "forward-char",
  "[D": "backward-char",
  "[H": "beginning-of-line",
  "[F": "end-of-line",
  "[1~": "beginning-of-line",
  "[4~": "end-of-line",
  "[3~": "delete-char",
  OA: "previous-history",
  OB: "next-history",
  OC: "forward-char",
  OD: "backward-char",
  OH: "beginning-of-line",
  OF: "end-of-line",
};

// eslint-disable-next-line no-control-regex -- a terminal's keys are escape sequences
const ESCAPE = /\x1b(\[[0-9;]*[@-~]|O[A-Za-z]|.)?/y;
/** A run of text up to the next control character. */
// eslint-disable-next-line no-control-regex -- text is what is not a control character
const TEXT = /[^\x00-\x1f\x7f]+/y;

/**
 * Splits what the terminal sends (one key, or a whole paste) into readline's keys. A newline ends a
 * line like Enter; keys readline has no use for here are dropped.
 */
export function readKeys(data: string): Key[] {
  const keys: Key[] = [];
  let at = 0;
  while (at < data.length) {
    TEXT.lastIndex = at;
    const text = TEXT.exec(data);
    if (text) {
      keys.push({ kind: "text", text: text[0] });
      at += text[0].length;
      continue;
    }
    const c = data[at]!;
    ESCAPE.lastIndex = at;
    const escape = c === "\x1b" ? ESCAPE.exec(data) : null;
    const named = escape
      ? SEQUENCES[escape[1] ?? ""]
      : c === "\r" || c === "\n"
        ? "accept-line"
        : CONTROLS[c];
    if (named) keys.push({ kind: named });
    at += escape ? escape[0].length : data.startsWith("\r\n", at) ? 2 : 1;
  }
  return keys;
}

/**
 * Takes from the front of `queued` the whole lines that follow an Enter (text, then Enter; or a bare
 * Enter): the rest of a paste, entered together with the line before it.
 */
export function takePastedLines(queued: Key[]): string[] {
  const lines: string[] = [];
  for (;;) {
    const [next, after] = [queued[0], queued[1]];
    if (next?.kind === "accept-line") {
      lines.push("");
      queued.shift();
    } else if (next?.kind === "text" && after?.kind === "accept-line") {
      lines.push(next.text);
      queued.splice(0, 2);
    } else return lines;
  }
}
