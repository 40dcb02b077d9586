import type { CommandContext } from "./command";
import { shellErrors } from "./errors";
import { commands } from "./registry";

/**
 * Runs `ctx.argv` as one command, as bash runs a simple command after expansion and redirection.
 * Commands that run others (`ip netns exec NS cmd…`) call it with their own argv tail and namespace.
 */
export function runArgv(ctx: CommandContext): number {
  const name = ctx.argv[0] ?? "";
  const command = commands.get(name);
  if (!command) {
    ctx.stderr.write(shellErrors.commandNotFound(name));
    return 127;
  }
  try {
    return command(ctx) & 0xff;
  } catch (error) {
    ctx.stderr.write(shellErrors.internalError(name, error instanceof Error ? error.message : String(error)));
    return 1;
  }
}
