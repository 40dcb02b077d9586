import type { Chunk } from "../../engine/shell/command";
import { promptStyle } from "./prompt-area";

/** xterm moves down on "\n" without going back to the first column; a tty's onlcr adds the "\r". */
export const toTerminal = (text: string) => text.replaceAll("\n", "\r\n");

/** A command as bash shows it once entered: after the prompt, its further lines after PS2's `> `. */
export const echo = (prompt: string, command: string) =>
  `${promptStyle(`${prompt} `)}${toTerminal(command.replaceAll("\n", "\n> "))}\r\n`;

/** What a command printed, in order; stderr in the theme's red, its text untouched. */
export const output = (chunks: readonly Chunk[]) =>
  chunks
    .map(({ fd, text }) => (fd === 2 ? `\x1b[31m${toTerminal(text)}\x1b[39m` : toTerminal(text)))
    .join("");

/**
 * Text a terminal session prints for itself (a greeting, `^C`), in the muted colour (bright black):
 * SGR 2's half opacity would fall below readable contrast.
 */
export const dim = (text: string) => `\x1b[90m${toTerminal(text)}\x1b[39m`;

/** The candidates readline lists on a second Tab: in columns, sorted down each column. */
export function columns(candidates: readonly string[], cols: number): string {
  const width = Math.max(...candidates.map((c) => c.length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  const rows = Math.ceil(candidates.length / perRow);
  let out = "";
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = r; c < candidates.length; c += rows) row.push(candidates[c]!);
    out += `${row.map((c, i) => (i < row.length - 1 ? c.padEnd(width) : c)).join("")}\r\n`;
  }
  return out;
}
