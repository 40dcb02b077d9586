/** The playground's bash subset: run scripts and lines against a world, and look up commands. */
export type { Chunk, Command, CommandContext, CommandResult, Stream } from "./command";
export { commands } from "./registry";
export { runArgv } from "./run-argv";
export { runLine, runScript, splitOutput, type RunOptions } from "./script";
export { createShellState, type ShellState } from "./state";
