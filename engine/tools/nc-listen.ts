import { formatAddr } from "../iptables/address";
import type { CommandContext } from "../shell/command";
import type { Listener } from "../stack/socket";
import type { NcArgs } from "./nc-args";
import { nameOfAddress, resolveHost } from "./resolve";

/**
 * `nc -l [-u] [-k] [ADDR] PORT`: a listening socket whose data goes to the terminal, the way a
 * background job's output does (to the terminal after the current command, or a file). A plain -l serves one connection; the stack
 * closes the listener after accepting it unless -k.
 */
export function ncListen(ctx: CommandContext, args: NcArgs): number {
  const port = args.ports[0]!;
  const addr = args.host === undefined ? 0 : resolveHost(args.host);
  if (addr === undefined) {
    ctx.stderr.write(`nc: getaddrinfo for host "${args.host}" port ${port}: Name or service not known\n`);
    return 1;
  }
  const proto = args.udp ? 17 : 6;
  const busy = ctx.netns.sockets.some(
    (s) =>
      s.kind === "listen" &&
      s.proto === proto &&
      s.port === port &&
      (s.addr === 0 || addr === 0 || s.addr === addr),
  );
  if (busy) {
    ctx.stderr.write("nc: Address already in use\n");
    return 1;
  }
  const name = (a: number) => (args.numeric ? formatAddr(a) : nameOfAddress(a));
  if (args.verbose) ctx.stderr.write(`${args.udp ? "Bound" : "Listening"} on ${name(addr)} ${port}\n`);
  const { netns } = ctx;
  const announce = (peer: number, peerPort: number) =>
    ctx.stderr.write(`Connection received on ${name(peer)} ${peerPort}\n`);
  let heard = false;
  const listener: Listener = {
    kind: "listen",
    proto,
    addr,
    port,
    owner: "nc",
    keep: args.keep,
    ...(args.verbose && proto === 6 ? { onAccept: announce } : {}),
    onData: (data, peer, peerPort) => {
      // UDP has no connection: nc announces the first datagram's sender.
      if (args.verbose && proto === 17 && !heard) announce(peer, peerPort);
      heard = true;
      ctx.stdout.write(data);
    },
  };
  netns.sockets.push(listener);
  return 0;
}
