import type { EditLine } from "./line-editor";

/** The prompt and the line being typed, at the bottom of the screen: redrawn whole after each key. */
export interface PromptArea {
  /** `root@host:~# ` (bash's PS1 and a space) or `> ` (PS2). */
  readonly prompt: string;
  readonly line: EditLine;
  /** The column it starts at: not 0 after output without a final newline, as in bash. */
  readonly startCol: number;
}

const CSI = "\x1b[";
/** Bold, in the theme's green: the prompt stands out from output. */
export const promptStyle = (prompt: string) => `${CSI}1;32m${prompt}${CSI}0m`;

/** The text as shown: a recalled command's further lines under bash's PS2. */
const shown = (text: string) => text.replaceAll("\n", "\n> ");

/**
 * Where the cursor is after writing `text` from column `col`, counting rows from there: xterm wraps
 * lazily, so a full row leaves the cursor on its last column until the next character.
 */
function advance(text: string, col: number, cols: number): { row: number; col: number } {
  let row = 0;
  let escape = false;
  for (const c of text) {
    // Escape sequences (colours) take no room: from ESC to their final letter.
    if (escape || c === "\x1b") {
      escape = c === "\x1b" || !/[A-Za-z]/.test(c);
      continue;
    }
    if (c === "\r") {
      col = 0;
      continue;
    }
    if (c === "\n") {
      row++;
      col = 0;
      continue;
    }
    if (col === cols) {
      row++;
      col = 0;
    }
    col++;
  }
  return { row, col };
}

/** The cursor's row and column, from the area's first row. */
function cursorAt(area: PromptArea, cols: number) {
  const before = area.prompt + shown(area.line.text.slice(0, area.line.cursor));
  const at = advance(before, area.startCol, cols);
  return at.col === cols ? { row: at.row + 1, col: 0 } : at;
}

/** Where the area ends once drawn. */
function endOf(area: PromptArea, cols: number) {
  const end = advance(area.prompt + shown(area.line.text), area.startCol, cols);
  return end.col === cols ? { row: end.row + 1, col: 0 } : end;
}

/** Writes the area from the cursor (at its start) and leaves the cursor where the line's cursor is. */
export function drawArea(area: PromptArea, cols: number): string {
  const text = shown(area.line.text);
  const full = advance(area.prompt + text, area.startCol, cols).col === cols;
  // A full last row: move onto the next one, so the cursor stands where the count says.
  const out = promptStyle(area.prompt) + text.replaceAll("\n", "\r\n") + (full ? " \b" : "");
  const end = endOf(area, cols);
  const cursor = cursorAt(area, cols);
  const up = end.row > cursor.row ? `${CSI}${end.row - cursor.row}A` : "";
  return `${out}${up}\r${cursor.col > 0 ? `${CSI}${cursor.col}C` : ""}`;
}

/** Erases the area (drawn by drawArea) and leaves the cursor where it started. */
export function eraseArea(area: PromptArea, cols: number): string {
  const { row } = cursorAt(area, cols);
  return `${row > 0 ? `${CSI}${row}A` : ""}${CSI}${area.startCol + 1}G${CSI}J`;
}

/** Moves from the line's cursor to the area's end, where text written next belongs. */
export function toAreaEnd(area: PromptArea, cols: number): string {
  const { row } = cursorAt(area, cols);
  const end = endOf(area, cols);
  return `${end.row > row ? `${CSI}${end.row - row}B` : ""}${CSI}${end.col + 1}G`;
}

/** The column after writing `text` from column `col`: where a prompt that follows it starts. */
export function columnAfter(text: string, col: number, cols: number): number {
  const end = advance(text, col, cols);
  return end.col === cols ? 0 : end.col;
}
