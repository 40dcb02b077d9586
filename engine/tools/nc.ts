import { serviceName } from "../iptables/netdb";
import type { Command } from "../shell/command";
import { createNet } from "../stack/net";
import { parseNcArgs } from "./nc-args";
import { ncListen } from "./nc-listen";
import type { NcOutcome } from "./nc-session";
import { ncTcp } from "./nc-tcp";
import { ncUdp } from "./nc-udp";
import { resolveHost, targetLabel } from "./resolve";

/** Ctrl-C: 128 + SIGINT. */
const INTERRUPTED = 130;

/**
 * `nc` (netcat-openbsd 1.219 as Debian ships it): connect to ports one after another, or listen.
 * Exits 0 when any port connected. Messages go to stderr, as Debian's patch puts them.
 */
export const nc: Command = (ctx) => {
  const args = parseNcArgs(ctx.argv.slice(1));
  if ("error" in args) {
    ctx.stderr.write(args.error);
    return 1;
  }
  if (args.listen) return ncListen(ctx, args);
  const host = args.host!;
  const dst = resolveHost(host);
  if (dst === undefined) {
    ctx.stderr.write(`nc: getaddrinfo for host "${host}" port ${args.ports[0]}: Name or service not known\n`);
    return 1;
  }
  const src = args.source === undefined ? undefined : resolveHost(args.source);
  if (args.source !== undefined && src === undefined) {
    ctx.stderr.write(
      `nc: getaddrinfo for host "${args.source}" port ${args.sport ?? "0"}: Name or service not known\n`,
    );
    return 1;
  }
  const net = createNet(ctx.world, ctx.world.trace);
  const proto = args.udp ? "udp" : "tcp";
  let connected = false;
  for (const port of args.ports) {
    const service = (!args.numeric && serviceName(port, proto)) || "*";
    const target = {
      ctx,
      args,
      net,
      dst,
      port,
      label: targetLabel(host, dst),
      service,
      ...(src !== undefined ? { src } : {}),
    };
    const outcome: NcOutcome = args.udp ? ncUdp(target) : ncTcp(target);
    if (outcome === "interrupted") return INTERRUPTED;
    connected ||= outcome === "ok";
  }
  return connected ? 0 : 1;
};
