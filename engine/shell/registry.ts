import type { Command } from "./command";
import { iptablesCommands } from "../iptables/commands";
import { textCommands } from "./commands";

/** Every command the playground knows, by name. Each subsystem exports its table; spread it in here. */
export const commands: ReadonlyMap<string, Command> = new Map(
  Object.entries({
    ...textCommands,
    ...iptablesCommands,
  }),
);
