import type { CommandContext } from "../command";
import { readFile } from "../fs";

/** The lines of a text without their newlines; a last line without "\n" still counts, as in GNU tools. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Lines back to text, each ending in "\n" (sort, uniq and grep always end their output lines). */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

const SHELL_SAFE = /^[A-Za-z0-9%+,\-./:=@_^]+$/;

/** A file name as coreutils prints it in messages: quoted only when the shell would need quotes. */
export function quoteName(name: string): string {
  return SHELL_SAFE.test(name) ? name : quoteAlways(name);
}

/** A file name as `rm`, `head` and `tail` print it: always in shell quotes. */
export function quoteAlways(name: string): string {
  return name.includes("'") ? `"${name}"` : `'${name}'`;
}

/** A GNU quote() argument (`invalid number of lines: ‘x’`) in a UTF-8 locale. */
export function quoteArg(text: string): string {
  return `‘${text}’`;
}

/** Reads an operand as the text tools do: `-` is stdin, anything else a file of the world. */
export function readOperand(ctx: CommandContext, operand: string): string | undefined {
  return operand === "-" ? ctx.stdin : readFile(ctx.world, operand);
}
