import type { Netns } from "../world";
import { parseMac } from "../netdev/mac";
import { Args, matches } from "./argv";
import type { IpContext } from "./context";
import { ipErrors } from "./errors";

/** iplink_parse: the device attributes `ip link add|set` share, up to `type`. */
export interface LinkRequest {
  dev?: string;
  name?: string;
  up?: boolean;
  mac?: string;
  mtu?: number;
  netns?: Netns;
  /** A bridge name, or null for `nomaster`. */
  master?: string | null;
  type?: string;
  /** What follows `type KIND`: the kind's own options. */
  typeArgs: readonly string[];
}

export function parseLinkRequest(ctx: IpContext, args: Args): LinkRequest {
  const req: LinkRequest = { typeArgs: [] };
  while (!args.done) {
    let arg = args.next();
    if (arg === "up") req.up = true;
    else if (arg === "down") req.up = false;
    else if (arg === "name") {
      const name = args.value();
      if (req.name !== undefined) throw ipErrors.garbage("name", name);
      req.name = name;
      req.dev ??= name;
    } else if (matches(arg, "address")) {
      const text = args.value();
      const mac = parseMac(text);
      if (!mac) throw ipErrors.invalidLladdr(text);
      req.mac = mac;
    } else if (arg === "mtu") {
      const text = args.value();
      if (req.mtu !== undefined) throw ipErrors.garbage("mtu", text);
      if (!/^\d+$/.test(text)) throw ipErrors.invalidArgument(text, 'Invalid "mtu" value\n');
      req.mtu = Number(text);
    } else if (arg === "netns") {
      const name = args.value();
      const netns = ctx.world.netns.get(name);
      if (!netns || name === "host") throw ipErrors.invalidArgument(name, 'Invalid "netns" value\n');
      req.netns = netns;
    } else if (arg === "master") {
      const master = args.value();
      if (!ctx.netns.links.has(master)) throw ipErrors.invalidArgument(master, "Device does not exist\n");
      req.master = master;
    } else if (arg === "nomaster") req.master = null;
    else if (matches(arg, "type")) {
      req.type = args.value();
      req.typeArgs = args.rest();
    } else {
      if (arg === "dev") arg = args.value();
      if (req.dev !== req.name) throw ipErrors.garbage("dev", arg);
      req.dev = arg;
    }
  }
  return req;
}
