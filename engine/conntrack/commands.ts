import type { Command, CommandContext } from "../shell/command";
import { parseCtArgs, type CtArgs } from "./cli-args";
import { filterMatches } from "./cli-filter";
import { CONNTRACK_HELP } from "./cli-help";
import { formatConn } from "./format";
import { deleteConn, expireConns, flushTable } from "./table";

const PREFIX = "conntrack v1.4.7 (conntrack-tools)";

function usageError(ctx: CommandContext, message: string): number {
  ctx.stderr.write(
    `${PREFIX}: ${message}\nTry \`conntrack -h' or 'conntrack --help' for more information.\n`,
  );
  return 2;
}

/**
 * The entries the filter selects, in creation order. The kernel dumps its hash table in bucket order,
 * which looks random and changes from run to run; the playground lists oldest first instead.
 */
function selected(ctx: CommandContext, args: CtArgs) {
  const table = ctx.netns.conntrack;
  expireConns(table, ctx.world.clock);
  return [...table.entries].filter((conn) => filterMatches(conn, args.filter));
}

function line(ctx: CommandContext, args: CtArgs, conn: Parameters<typeof formatConn>[0]): string {
  const text = formatConn(conn, ctx.world.clock, { extended: args.extended });
  return `${text}${args.showId ? ` id=${conn.id}` : ""}\n`;
}

/** `conntrack` from conntrack-tools 1.4.7: -L, -D, -F and -C on the namespace's table. */
export const conntrack: Command = (ctx) => {
  const args = parseCtArgs(ctx.argv.slice(1));
  if ("error" in args) return usageError(ctx, args.error);
  const { command = "help" } = args;
  if ((command === "flush" || command === "count") && args.options.length > 0) {
    return usageError(ctx, `Illegal option \`--${args.options[0]}' with this command`);
  }
  switch (command) {
    case "help":
      ctx.stdout.write(CONNTRACK_HELP);
      return 0;
    case "version":
      ctx.stdout.write(`${PREFIX}\n`);
      return 0;
    case "list": {
      if (args.expect) {
        ctx.stderr.write(`${PREFIX}: 0 expectations have been shown.\n`);
        return 0;
      }
      const conns = selected(ctx, args);
      ctx.stdout.write(conns.map((conn) => line(ctx, args, conn)).join(""));
      ctx.stderr.write(`${PREFIX}: ${conns.length} flow entries have been shown.\n`);
      return 0;
    }
    case "delete": {
      const conns = selected(ctx, args);
      ctx.stdout.write(conns.map((conn) => line(ctx, args, conn)).join(""));
      for (const conn of conns) deleteConn(ctx.netns.conntrack, conn);
      ctx.stderr.write(`${PREFIX}: ${conns.length} flow entries have been deleted.\n`);
      return conns.length > 0 ? 0 : 1;
    }
    case "flush":
      flushTable(ctx.netns.conntrack);
      ctx.stderr.write(`${PREFIX}: connection tracking table has been emptied.\n`);
      return 0;
    case "count":
      expireConns(ctx.netns.conntrack, ctx.world.clock);
      ctx.stdout.write(`${ctx.netns.conntrack.entries.size}\n`);
      return 0;
  }
};

export const conntrackCommands: Record<string, Command> = { conntrack };
