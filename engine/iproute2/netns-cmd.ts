import { limitErrors, MAX_NAMESPACES } from "../limits";
import { deleteLink } from "../netdev/devices";
import { addNamedNetns, isNamedNetns, namedNetns, NETNS_RUN_DIR } from "../netdev/namespace";
import { knownNetnsId } from "../netdev/nsid";
import { commands } from "../shell/registry";
import { runArgv } from "../shell/run-argv";
import { Args, matches } from "./argv";
import type { IpContext } from "./context";
import { IpError, ipErrors } from "./errors";

/** `ip netns add|del|list|exec` (ipnetns.c): named namespaces under /run/netns. */

export function ipNetns(ctx: IpContext, args: Args): number {
  if (args.done) return listNetns(ctx);
  const command = args.next();
  if (matches(command, "list") || matches(command, "show") || matches(command, "lst")) return listNetns(ctx);
  if (matches(command, "add")) return addNetns(ctx, args);
  if (matches(command, "delete")) return delNetns(ctx, args);
  if (matches(command, "exec")) return execNetns(ctx, args);
  throw ipErrors.unknownCommand(command, "netns");
}

function listNetns(ctx: IpContext): number {
  for (const name of namedNetns(ctx.world)) {
    const target = ctx.world.netns.get(name);
    const id = target ? knownNetnsId(ctx.netns, name) : undefined;
    ctx.out(id === undefined ? `${name}\n` : `${name} (id: ${id})\n`);
  }
  return 0;
}

function addNetns(ctx: IpContext, args: Args): number {
  if (args.done) throw ipErrors.noNetnsName();
  const name = args.next();
  if (isNamedNetns(ctx.world, name) || ctx.world.netns.has(name))
    throw ipErrors.netnsFile("create", name, "File exists");
  if (ctx.world.netns.size >= MAX_NAMESPACES) throw new IpError(limitErrors.namespaces(), 1);
  addNamedNetns(ctx.world, name);
  return 0;
}

/** Deleting a namespace destroys its virtual devices, and with them their veth peers elsewhere. */
function delNetns(ctx: IpContext, args: Args): number {
  if (args.done) throw ipErrors.noNetnsName();
  const name = args.next();
  const netns = ctx.world.netns.get(name);
  if (!netns || !isNamedNetns(ctx.world, name))
    throw ipErrors.netnsFile("remove", name, "No such file or directory");
  ctx.world.files.delete(NETNS_RUN_DIR + name);
  for (const link of [...netns.links.values()]) if (link.kind !== "loopback") deleteLink(ctx.world, link);
  ctx.world.netns.delete(name);
  return 0;
}

function execNetns(ctx: IpContext, args: Args): number {
  if (args.done) throw ipErrors.noNetnsName();
  const name = args.next();
  const netns = ctx.world.netns.get(name);
  if (!netns || !isNamedNetns(ctx.world, name)) throw ipErrors.cannotOpenNetns(name);
  const argv = args.rest();
  if (argv.length === 0) throw ipErrors.noCommand();
  if (!commands.has(argv[0] ?? "")) throw ipErrors.execFailed(argv[0] ?? "");
  return runArgv({
    world: ctx.world,
    netns,
    argv,
    stdin: ctx.stdin,
    stdout: { write: ctx.out },
    stderr: { write: ctx.err },
  });
}
