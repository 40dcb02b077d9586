import type { Link } from "../netdev/link";
import type { Args } from "./argv";
import type { IpContext } from "./context";
import { ipErrors } from "./errors";
import {
  briefHead,
  linkAddressLine,
  linkFlags,
  linkHeader,
  linksInOrder,
  peerNetnsSuffix,
} from "./link-format";
import { printAddresses, briefAddresses } from "./addr-format";

/** `ip link show` and `ip addr show` (ipaddr_list_flush_or_save): the filter, then one block per device. */

export interface ShowFilter {
  readonly dev?: string;
  readonly up: boolean;
  readonly master?: string;
}

export function readShowFilter(ctx: IpContext, args: Args): ShowFilter {
  let dev: string | undefined;
  let up = false;
  let master: string | undefined;
  while (!args.done) {
    let arg = args.next();
    if (arg === "up") up = true;
    else if (arg === "master") {
      master = args.value();
      if (!ctx.netns.links.has(master)) throw ipErrors.invalidArgument(master, "Device does not exist\n");
    } else {
      if (arg === "dev") arg = args.value();
      if (dev !== undefined) throw ipErrors.garbage("dev", arg);
      dev = arg;
    }
  }
  if (dev !== undefined && !ctx.netns.links.has(dev)) throw ipErrors.deviceDoesNotExist(dev);
  return { dev, up, master };
}

export function selectLinks(ctx: IpContext, filter: ShowFilter): Link[] {
  return linksInOrder(ctx.netns).filter(
    (l) =>
      (filter.dev === undefined || l.name === filter.dev) &&
      (!filter.up || l.up) &&
      (filter.master === undefined || l.master === filter.master),
  );
}

export function showLinks(ctx: IpContext, args: Args): void {
  for (const link of selectLinks(ctx, readShowFilter(ctx, args))) {
    if (ctx.brief) {
      ctx.out(`${briefHead(link, ctx.netns)}${link.mac} ${linkFlags(link, ctx.netns)} \n`);
      continue;
    }
    ctx.out(linkHeader(link, ctx.netns, true) + linkAddressLine(ctx.world, link, ctx.netns));
  }
}

export function showAddresses(ctx: IpContext, args: Args): void {
  for (const link of selectLinks(ctx, readShowFilter(ctx, args))) {
    const v4 = ctx.family !== 6;
    const v6 = ctx.family !== 4;
    // With a family given, devices without an address of that family are left out.
    if (ctx.family === 4 && link.addrs.length === 0) continue;
    if (ctx.family === 6 && link.inet6.length === 0) continue;
    if (ctx.brief) {
      ctx.out(`${briefHead(link, ctx.netns)}${briefAddresses(link, v4, v6)}\n`);
      continue;
    }
    if (ctx.family === undefined) {
      ctx.out(linkHeader(link, ctx.netns, false) + linkAddressLine(ctx.world, link, ctx.netns));
    } else ctx.out(linkHeader(link, ctx.netns, false, peerNetnsSuffix(ctx.world, link, ctx.netns)));
    ctx.out(printAddresses(link, v4, v6));
  }
}
