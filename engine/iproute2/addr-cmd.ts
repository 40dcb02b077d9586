import { addAddress, deleteAddress } from "../netdev/addr";
import type { Link } from "../netdev/link";
import { settle } from "../netdev/settle";
import { broadcastOf, isLoopback, networkOf } from "../route/ipv4";
import { Args, matches } from "./argv";
import type { IpContext } from "./context";
import { ipErrors } from "./errors";
import { prefixOrFail, readIpv4, type Prefix } from "./inet";
import { showAddresses } from "./link-show";

/** `ip address add|del|show` (ipaddress.c: ipaddr_modify, ipaddr_list). */

export function ipAddress(ctx: IpContext, args: Args): void {
  if (args.done) return showAddresses(ctx, args);
  const command = args.next();
  if (matches(command, "add")) return modifyAddress(ctx, args, "add");
  if (matches(command, "delete")) return modifyAddress(ctx, args, "del");
  if (matches(command, "list") || matches(command, "show") || matches(command, "lst"))
    return showAddresses(ctx, args);
  throw ipErrors.unknownCommand(command, "address");
}

const SCOPES = { global: "global", universe: "global", link: "link", host: "host" } as const;

interface AddrRequest {
  local?: Prefix;
  localText?: string;
  dev?: string;
  label?: string;
  brd?: string;
  scope?: "global" | "link" | "host";
}

function parseAddrRequest(args: Args): AddrRequest {
  const req: AddrRequest = {};
  while (!args.done) {
    const arg = args.next();
    if (matches(arg, "broadcast") || arg === "brd") req.brd = args.value();
    else if (arg === "dev") req.dev = args.value();
    else if (arg === "label") req.label = args.value();
    else if (arg === "scope") {
      const text = args.value();
      const scope = SCOPES[text as keyof typeof SCOPES];
      if (!Object.hasOwn(SCOPES, text)) throw ipErrors.invalidArgument(text, 'invalid "scope" value\n');
      req.scope = scope;
    } else {
      const text = arg === "local" ? args.value() : arg;
      if (req.local) throw ipErrors.garbage("local", text);
      req.local = prefixOrFail(text, false);
      req.localText = text;
    }
  }
  return req;
}

function modifyAddress(ctx: IpContext, args: Args, op: "add" | "del"): void {
  const req = parseAddrRequest(args);
  if (req.dev === undefined) throw ipErrors.notEnoughInfo("dev", ".", 1);
  const link = ctx.netns.links.get(req.dev);
  if (!link) throw ipErrors.cannotFindDevice(req.dev);
  if (op === "add") addTo(ctx, link, req);
  else deleteFrom(ctx, link, req);
  settle(ctx.world);
}

function addTo(ctx: IpContext, link: Link, req: AddrRequest): void {
  const local = req.local;
  if (!local) throw ipErrors.rtnetlink("Operation not supported");
  const error = addAddress(ctx.netns, link, {
    addr: local.addr,
    prefixLen: local.len,
    broadcast: broadcastFor(local, req.brd),
    scope: req.scope ?? (isLoopback(local.addr) ? "host" : "global"),
    label: req.label ?? link.name,
  });
  if (error) throw ipErrors.kernel(error);
}

/** `brd +` and `brd -` compute the subnet's broadcast or network address. */
function broadcastFor(local: Prefix, brd: string | undefined): number | undefined {
  if (brd === undefined) return undefined;
  if (brd === "+") return broadcastOf(local.addr, local.len);
  if (brd === "-") return networkOf(local.addr, local.len);
  const addr = readIpv4(brd);
  if (addr === undefined) throw ipErrors.invalidAddress(brd);
  return addr;
}

const WILDCARD_WARNING = (addr: string) =>
  "Warning: Executing wildcard deletion to stay compatible with old scripts.\n" +
  `         Explicitly specify the prefix length (${addr}/32) to avoid this warning.\n` +
  "         This special behaviour is likely to disappear in further releases,\n" +
  "         fix your scripts!\n";

function deleteFrom(ctx: IpContext, link: Link, req: AddrRequest): void {
  const local = req.local;
  if (!local) throw ipErrors.rtnetlink("Operation not supported");
  if (!local.explicit) ctx.err(WILDCARD_WARNING(req.localText ?? ""));
  const found = deleteAddress(ctx.netns, link, {
    addr: local.addr,
    prefixLen: local.explicit ? local.len : undefined,
    label: req.label,
  });
  if (!found) throw ipErrors.kernel("ipv4: Address not found.");
}
