import type { Command, CommandContext } from "../shell/command";
import { formatError, XtablesError } from "./errors";
import { runIptables } from "./iptables";
import { iptablesRestore, iptablesSave } from "./save-restore-commands";

/** Runs an iptables-family program, turning its refusals into iptables' own text and exit status. */
export function asCommand(prog: string, run: (ctx: CommandContext) => void): Command {
  return (ctx) => {
    try {
      run(ctx);
      return 0;
    } catch (err) {
      if (!(err instanceof XtablesError)) throw err;
      ctx.stderr.write(formatError(err, prog));
      return err.status;
    }
  };
}

const iptables = asCommand("iptables", (ctx) =>
  runIptables(ctx.netns.ruleset, ctx.argv.slice(1), {
    out: (text) => ctx.stdout.write(text),
    warn: (text) => ctx.stderr.write(text),
  }),
);

/** The iptables programs a playground namespace has; the nft variant is what Debian 12 runs. */
export const iptablesCommands: Readonly<Record<string, Command>> = {
  iptables,
  "iptables-nft": iptables,
  "iptables-save": iptablesSave,
  "iptables-nft-save": iptablesSave,
  "iptables-restore": iptablesRestore,
  "iptables-nft-restore": iptablesRestore,
};
