import { isNamedNetns } from "../netdev/namespace";
import type { Command, CommandContext } from "../shell/command";
import { ipAddress } from "./addr-cmd";
import { Args, matches } from "./argv";
import type { IpContext } from "./context";
import { IpError, ipErrors } from "./errors";
import { ipLink } from "./link-cmd";
import { ipNetns } from "./netns-cmd";
import { ipRoute } from "./route-cmd";

/** The `ip` program (ip.c): global options, then an object matched by prefix in ip's own order. */

type ObjectHandler = (ctx: IpContext, args: Args) => number | void;

/** ip.c's table in its order (prefixes match the first entry); unmodelled objects have no handler. */
const OBJECTS: readonly (readonly [string, ObjectHandler?])[] = [
  ["address", ipAddress],
  ["addrlabel"],
  ["maddress"],
  ["route", ipRoute],
  ["rule"],
  ["neighbor"],
  ["neighbour"],
  ["ntable"],
  ["ntbl"],
  ["link", ipLink],
  ["l2tp"],
  ["fou"],
  ["ila"],
  ["macsec"],
  ["tunnel"],
  ["tuntap"],
  ["tap"],
  ["token"],
  ["tcpmetrics"],
  ["monitor"],
  ["xfrm"],
  ["mroute"],
  ["mrule"],
  ["netns", ipNetns],
];

interface GlobalOptions {
  brief: boolean;
  family?: 4 | 6;
  netns?: string;
}

function readOptions(args: Args): GlobalOptions {
  const options: GlobalOptions = { brief: false };
  while (!args.done && args.peek()?.startsWith("-")) {
    const raw = args.next();
    const opt = raw.startsWith("--") ? raw.slice(1) : raw;
    if (opt === "-4") options.family = 4;
    else if (opt === "-6") options.family = 6;
    else if (matches(opt, "-brief") && opt.length > 2) options.brief = true;
    // ip.c hands a missing name on as NULL, which netns_switch prints as "(null)".
    else if (matches(opt, "-netns") && opt.length > 1) options.netns = args.done ? "(null)" : args.next();
    else throw ipErrors.unknownOption(raw);
  }
  return options;
}

function runIp(ctx: CommandContext): number {
  const args = new Args(ctx.argv.slice(1));
  const options = readOptions(args);
  let netns = ctx.netns;
  if (options.netns !== undefined) {
    const target = ctx.world.netns.get(options.netns);
    if (!target || !isNamedNetns(ctx.world, options.netns)) throw ipErrors.cannotOpenNetns(options.netns);
    netns = target;
  }
  const ipctx: IpContext = {
    world: ctx.world,
    netns,
    out: (text) => ctx.stdout.write(text),
    err: (text) => ctx.stderr.write(text),
    brief: options.brief,
    family: options.family,
    stdin: ctx.stdin,
  };
  if (args.done) throw ipErrors.usage();
  const object = args.next();
  const entry = OBJECTS.find(([name]) => matches(object, name));
  if (!entry) throw ipErrors.unknownObject(object);
  const [name, handler] = entry;
  if (!handler) throw ipErrors.notModelled(name);
  return handler(ipctx, args) ?? 0;
}

/** Runs an iproute2 program, turning its refusals into its own text and exit status. */
export function asIpCommand(run: (ctx: CommandContext) => number): Command {
  return (ctx) => {
    try {
      return run(ctx);
    } catch (error) {
      if (!(error instanceof IpError)) throw error;
      ctx.stderr.write(error.text);
      return error.status;
    }
  };
}

export const ip = asIpCommand(runIp);
