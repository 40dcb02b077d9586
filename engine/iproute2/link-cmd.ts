import { enslave, releasePort } from "../netdev/bridge-port";
import { allocName, createLink, createVethPair, deleteLink, moveLink, renameLink } from "../netdev/devices";
import type { Link } from "../netdev/link";
import { setLinkDown, setLinkUp } from "../netdev/updown";
import { portMacChanged } from "../netdev/bridge-port";
import { settle } from "../netdev/settle";
import { Args, matches } from "./argv";
import type { IpContext } from "./context";
import { ipErrors } from "./errors";
import { parseLinkRequest, type LinkRequest } from "./link-parse";
import { showLinks } from "./link-show";

/** `ip link add|set|del|show` (iplink.c) over the device model. */

export function ipLink(ctx: IpContext, args: Args): void {
  if (args.done) return showLinks(ctx, args);
  const command = args.next();
  if (matches(command, "add")) return addLink(ctx, parseLinkRequest(ctx, args));
  if (matches(command, "set") || matches(command, "change")) return setLink(ctx, parseLinkRequest(ctx, args));
  if (matches(command, "delete")) return delLink(ctx, parseLinkRequest(ctx, args));
  if (matches(command, "show") || matches(command, "lst") || matches(command, "list"))
    return showLinks(ctx, args);
  throw ipErrors.unknownCommand(command, "link");
}

const KINDS = { veth: "veth", bridge: "bridge", dummy: "dummy" } as const;

function addLink(ctx: IpContext, req: LinkRequest): void {
  if (req.type === undefined) throw ipErrors.notEnoughInfo("type", "", 1);
  const kind = KINDS[req.type as keyof typeof KINDS];
  if (!Object.hasOwn(KINDS, req.type)) throw ipErrors.kernel("Unknown device type.");
  const home = req.netns ?? ctx.netns;
  const name = req.dev ?? `${kind}%d`;
  if (home.links.has(name)) throw ipErrors.rtnetlink("File exists");
  let link: Link;
  if (kind === "veth") {
    const peer = parsePeer(ctx, req.typeArgs);
    const peerNetns = peer.netns ?? home;
    const peerName = peer.dev ?? "veth%d";
    if (peerNetns.links.has(peerName)) throw ipErrors.rtnetlink("File exists");
    link = createVethPair(ctx.world, home, { name, kind, mac: req.mac, mtu: req.mtu }, peerNetns, {
      name: peerName,
      kind,
      mac: peer.mac,
      mtu: peer.mtu ?? req.mtu,
    });
    if (peer.up && link.peer) setLinkUp(ctx.world, link.peer);
  } else {
    if (req.typeArgs.length > 0) throw ipErrors.garbage("type", req.typeArgs[0] ?? "");
    link = createLink(ctx.world, home, { name: allocName(home, name), kind, mac: req.mac, mtu: req.mtu });
  }
  applyMaster(ctx, link, req);
  if (req.up) setLinkUp(ctx.world, link);
  settle(ctx.world);
}

/** veth's own options: `peer [name] NAME [address MAC] [netns NS] …`. */
function parsePeer(ctx: IpContext, typeArgs: readonly string[]): LinkRequest {
  if (typeArgs.length === 0) return { typeArgs: [] };
  const args = new Args(typeArgs);
  if (args.next() !== "peer") throw ipErrors.vethUsage();
  const peer = parseLinkRequest(ctx, args);
  if (peer.type !== undefined) throw ipErrors.garbage("type", peer.type);
  return peer;
}

function findLink(ctx: IpContext, req: LinkRequest): Link {
  if (req.dev === undefined) throw ipErrors.notEnoughInfo("dev", ".", 255);
  const link = ctx.netns.links.get(req.dev);
  if (!link) throw ipErrors.cannotFindDevice(req.dev);
  return link;
}

/** do_setlink's order: namespace, address, mtu, name, master, flags, then the port options. */
function setLink(ctx: IpContext, req: LinkRequest): void {
  const link = findLink(ctx, req);
  if (req.netns && req.netns !== ctx.netns) {
    // NETIF_F_NETNS_LOCAL devices stay where they were made.
    if (link.kind === "loopback" || link.kind === "bridge")
      throw ipErrors.kernel("The interface netns is immutable.");
    if (req.netns.links.has(link.name)) throw ipErrors.rtnetlink("File exists");
    moveLink(ctx.world, link, req.netns);
    return;
  }
  if (req.mac !== undefined) {
    link.mac = req.mac;
    link.macSet = true;
    // br_stp_change_bridge_id reselects port states: no forwarding port, no carrier (settle below).
    if (link.kind === "bridge") link.bridgeCarrier ??= false;
    portMacChanged(ctx.world, link);
  }
  if (req.mtu !== undefined) link.mtu = req.mtu;
  if (req.name !== undefined && req.name !== link.name) {
    if (ctx.netns.links.has(req.name)) throw ipErrors.rtnetlink("File exists");
    renameLink(ctx.world, link, req.name);
  }
  applyMaster(ctx, link, req);
  if (req.up === true) setLinkUp(ctx.world, link);
  if (req.up === false) setLinkDown(ctx.world, link);
  if (req.type !== undefined) applySlaveOptions(link, req);
  settle(ctx.world);
}

function applyMaster(ctx: IpContext, link: Link, req: LinkRequest): void {
  if (req.master === null) releasePort(ctx.world, link);
  if (req.master === undefined || req.master === null) return;
  const bridge = ctx.netns.links.get(req.master);
  if (bridge?.kind !== "bridge") throw ipErrors.rtnetlink("Operation not supported");
  if (link.kind === "bridge") throw ipErrors.kernel("Can not enslave a bridge to a bridge.");
  if (link.kind === "loopback") throw ipErrors.rtnetlink("Invalid argument");
  enslave(ctx.world, link, bridge);
}

/** `type bridge_slave hairpin on|off` on a bridge port. */
function applySlaveOptions(link: Link, req: LinkRequest): void {
  if (req.type !== "bridge_slave") throw ipErrors.kernel("Unknown device type.");
  const args = new Args(req.typeArgs);
  while (!args.done) {
    const option = args.next();
    if (option !== "hairpin") throw ipErrors.bridgeSlaveUsage(option);
    const value = args.value();
    if (value !== "on" && value !== "off") throw ipErrors.onOff("hairpin", value);
    if (!link.brport) throw ipErrors.rtnetlink("Operation not supported");
    link.brport.hairpin = value === "on";
  }
}

function delLink(ctx: IpContext, req: LinkRequest): void {
  const link = findLink(ctx, req);
  if (link.kind === "loopback") throw ipErrors.rtnetlink("Operation not supported");
  deleteLink(ctx.world, link);
}
