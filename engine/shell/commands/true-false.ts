import type { Command } from "../command";

/** bash's builtins: they ignore their arguments. */
export const trueCommand: Command = () => 0;
export const falseCommand: Command = () => 1;
