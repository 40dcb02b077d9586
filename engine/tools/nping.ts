import { fibLookup } from "../route/lookup";
import type { Command } from "../shell/command";
import { createNet } from "../stack/net";
import { parseNpingArgs } from "./nping-args";
import { probePacket, probeTemplate, sendProbe } from "./nping-probe";
import { banner, packetText, seconds4, statistics, type SeenPacket } from "./nping-text";
import { resolveHost } from "./resolve";
import { roundTripUs } from "./timing";

/** When the first probe leaves after start-up, and the gap between rounds (--delay's default), µs. */
const FIRST_SEND_US = 7000;
const DELAY_US = 1000000;

/**
 * `nping` (0.7.93): crafted TCP, UDP or ICMP probes through a raw socket, one a second, each line
 * followed by what the capture saw come back for it. It ends a second after the first probe, or
 * with the last one when that is later.
 */
export const nping: Command = (ctx) => {
  const args = parseNpingArgs(ctx.argv.slice(1));
  if ("error" in args) {
    ctx.stderr.write(args.error);
    return 1;
  }
  const dst = resolveHost(args.host);
  if (dst === undefined) {
    ctx.stderr.write(
      `Failed to resolve given hostname/IP: ${args.host}.  Note that you can't use '/mask' AND '1-4,7,100-' style IP ranges\n` +
        "Cannot find a valid target. Please make sure the specified hosts are either IP addresses in standard notation or hostnames that can be resolved with DNS\n",
    );
    return 1;
  }
  const route = fibLookup(ctx.netns, dst);
  if (typeof route === "string") {
    ctx.stderr.write(`nping: ${route}\n`);
    return 1;
  }
  const { world } = ctx;
  ctx.stdout.write(banner(world.clock));
  const net = createNet(world, world.trace);
  const template = probeTemplate(net, args, route.prefsrc, dst);
  const start = world.clock;
  const rttsUs: number[] = [];
  let sentBytes = 0;
  let received = 0;
  let receivedBytes = 0;
  for (let round = 1; round <= args.count; round++) {
    const sentUs = FIRST_SEND_US + (round - 1) * DELAY_US;
    world.clock = start + Math.floor(sentUs / 1000);
    const probe = probePacket(net, template, args, round);
    const sent: SeenPacket = { ...probe, l4: { ...probe.l4! } };
    ctx.stdout.write(`SENT (${seconds4(sentUs)}s) ${packetText(sent, false)}\n`);
    sentBytes += probe.length;
    for (const reply of sendProbe(net, ctx.netns, route.dev, probe)) {
      const rtt = roundTripUs(reply.ttl);
      rttsUs.push(rtt);
      received++;
      receivedBytes += reply.length;
      ctx.stdout.write(`RCVD (${seconds4(sentUs + rtt)}s) ${packetText(reply, true)}\n`);
    }
  }
  const elapsedUs = FIRST_SEND_US + Math.max(1, args.count - 1) * DELAY_US;
  world.clock = start + Math.floor(elapsedUs / 1000);
  ctx.stdout.write(statistics({ sent: args.count, sentBytes, received, receivedBytes, rttsUs, elapsedUs }));
  return 0;
};
