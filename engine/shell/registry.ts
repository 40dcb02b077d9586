import type { Command } from "./command";
import { conntrackCommands } from "../conntrack/commands";
import { dockerCommands } from "../docker/commands";
import { iproute2Commands } from "../iproute2/commands";
import { iptablesCommands } from "../iptables/commands";
import { textCommands } from "./commands";
import { traceCommands } from "../trace/tcpdump";
import { trafficCommands } from "../tools";

/** Every command the playground knows, by name. Each subsystem exports its table; spread it in here. */
export const commands: ReadonlyMap<string, Command> = new Map(
  Object.entries({
    ...textCommands,
    ...iptablesCommands,
    ...traceCommands,
    ...iproute2Commands,
    ...conntrackCommands,
    ...trafficCommands,
    ...dockerCommands,
  }),
);
