import { isForwarding } from "../netdev/carrier";
import type { Link } from "../netdev/link";
import type { Command } from "../shell/command";
import { Args, matches } from "./argv";
import { ipErrors } from "./errors";
import { asIpCommand } from "./ip";
import { linkFlags, linksInOrder } from "./link-format";
import type { Netns } from "../world";

/** The `bridge link [show] [dev DEV]` and `bridge link set dev DEV hairpin on|off` commands. */

/**
 * A port's name with its veth peer: `bridge` looks the peer's ifindex up in its own namespace, without
 * checking the namespace the peer lives in, so a peer elsewhere shows as whichever local link has its
 * index (or ifN when none has).
 */
function portName(port: Link, netns: Netns): string {
  if (!port.peer) return port.name;
  const local = [...netns.links.values()].find((link) => link.index === port.peer!.index);
  return `${port.name}@${local?.name ?? `if${port.peer.index}`}`;
}

function portLine(netns: Netns, port: Link): string {
  const bridge = port.master === undefined ? undefined : netns.links.get(port.master);
  const state = bridge && isForwarding(port, bridge) ? "forwarding" : "disabled";
  return (
    `${port.index}: ${portName(port, netns)}: ${linkFlags(port, netns)} mtu ${port.mtu} ` +
    `master ${port.master} state ${state} priority 32 cost 2 \n`
  );
}

function bridgeLink(netns: Netns, args: Args, out: (text: string) => void): number {
  const command = args.done ? "show" : args.next();
  if (matches(command, "show") || matches(command, "list") || matches(command, "lst")) {
    let dev: string | undefined;
    while (!args.done) {
      const arg = args.next();
      dev = arg === "dev" ? args.value() : arg;
    }
    if (dev !== undefined && !netns.links.has(dev)) throw ipErrors.cannotFindDevice(dev);
    for (const link of linksInOrder(netns)) {
      if (link.master !== undefined && (dev === undefined || link.name === dev)) out(portLine(netns, link));
    }
    return 0;
  }
  if (matches(command, "set") || matches(command, "change")) {
    let dev: string | undefined;
    let hairpin: boolean | undefined;
    while (!args.done) {
      const arg = args.next();
      if (arg === "dev") dev = args.value();
      else if (arg === "hairpin") {
        const value = args.value();
        if (value !== "on" && value !== "off") throw ipErrors.onOff("hairpin", value);
        hairpin = value === "on";
      } else throw ipErrors.garbage("dev", arg);
    }
    if (dev === undefined) throw ipErrors.bridgeNoDevice();
    const link = netns.links.get(dev);
    if (!link) throw ipErrors.cannotFindDevice(dev);
    if (!link.brport) throw ipErrors.rtnetlink("Operation not supported", 255);
    if (hairpin !== undefined) link.brport.hairpin = hairpin;
    return 0;
  }
  throw ipErrors.bridgeUnknownCommand(command);
}

export const bridge: Command = asIpCommand((ctx) => {
  const args = new Args(ctx.argv.slice(1));
  const object = args.done ? "" : args.next();
  if (!matches(object, "link")) throw ipErrors.bridgeUnknownObject(object);
  return bridgeLink(ctx.netns, args, (text) => ctx.stdout.write(text));
});
