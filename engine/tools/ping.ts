import { formatAddr, inetPton } from "../iptables/address";
import type { Command } from "../shell/command";
import { openDgram, pingSend, releaseSocket, sourceFor } from "../stack/client";
import { createNet } from "../stack/net";
import { parsePingArgs } from "./ping-args";
import { icmpErrorText, replyTime, statistics } from "./ping-text";
import { peerLabel, resolveHost } from "./resolve";
import { roundTripUs } from "./timing";

/** ICMP header (8) and IP header (20) around ping's payload. */
const ICMP_HDR = 8;
const IP_HDR = 20;
/** A payload this small has no room for the send time (struct timeval): no `time=`, no rtt line. */
const TIMEVAL_SIZE = 16;
/** The largest ICMP payload an IPv4 packet carries; sendmsg fails (EMSGSIZE) beyond it. */
const MAX_PAYLOAD = 65507;

/**
 * `ping` (iputils 20221126): echo requests on the virtual clock, one every -i seconds, each answered
 * (or refused with an ICMP error) within its send. A failed send (a DROP in OUTPUT: EPERM) is
 * counted and, as iputils does, not reported. Without -c it stops after four requests.
 */
const BROADCAST_HINT = "Do you want to ping broadcast? Then -b. If not, check your local firewall rules";

export const ping: Command = (ctx) => {
  const args = parsePingArgs(ctx.argv.slice(1));
  if ("error" in args) {
    ctx.stderr.write(args.error);
    return args.status;
  }
  ctx.stderr.write(args.warnings);
  const dst = resolveHost(args.host);
  if (dst === undefined) {
    ctx.stderr.write(`ping: ${args.host}: Name or service not known\n`);
    return 2;
  }
  const src = sourceFor(ctx.netns, dst);
  if (typeof src === "string") {
    // iputils reads EACCES from connect() as a broadcast target pinged without -b (here: a prohibit route).
    ctx.stderr.write(src === "Permission denied" ? `ping: ${BROADCAST_HINT}\n` : `ping: connect: ${src}\n`);
    return 2;
  }
  const { world } = ctx;
  // iputils names peers (reverse lookup) only when the target was typed as a name.
  const named = !args.numeric && inetPton(args.host) === undefined;
  const who = (addr: number) => (named ? peerLabel(addr) : formatAddr(addr));
  ctx.stdout.write(
    `PING ${args.host} (${formatAddr(dst)}) ${args.size}(${args.size + ICMP_HDR + IP_HDR}) bytes of data.\n`,
  );

  const net = createNet(world, world.trace);
  const sock = openDgram(net, ctx.netns, "ping", "ping", src);
  const timed = args.size >= TIMEVAL_SIZE;
  const start = world.clock;
  const rtts: number[] = [];
  let received = 0;
  let errors = 0;
  for (let seq = 1; seq <= args.count; seq++) {
    world.clock = start + (seq - 1) * args.intervalMs;
    const replies = sock.received.length;
    const errs = sock.errors.length;
    if (args.size <= MAX_PAYLOAD)
      pingSend(net, ctx.netns, sock, dst, seq, {
        size: args.size,
        ...(args.ttl !== undefined ? { ttl: args.ttl } : {}),
      });
    for (const reply of sock.received.slice(replies)) {
      received++;
      const rtt = roundTripUs(reply.ttl);
      if (timed) rtts.push(rtt);
      if (args.quiet) continue;
      const time = timed ? ` time=${replyTime(rtt)} ms` : "";
      ctx.stdout.write(
        `${reply.length} bytes from ${who(reply.from)}: icmp_seq=${reply.seq} ttl=${reply.ttl}${time}\n`,
      );
    }
    for (const error of sock.errors.slice(errs)) {
      errors++;
      if (!args.quiet)
        ctx.stdout.write(
          `From ${who(error.from)} icmp_seq=${seq} ${icmpErrorText(error.type, error.code)}\n`,
        );
    }
  }
  const elapsedMs = (args.count - 1) * args.intervalMs;
  // Unanswered requests keep ping waiting -W seconds (10 by default) after the last one.
  world.clock = start + elapsedMs + (received + errors < args.count ? args.lingerMs : 0);
  releaseSocket(ctx.netns, sock);
  ctx.stdout.write(
    statistics({ host: args.host, transmitted: args.count, received, errors, elapsedMs, rtts }),
  );
  return received > 0 ? 0 : 1;
};
