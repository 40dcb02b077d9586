import { ethernetFrame } from "../trace/pcap-frame";
import { TcpSeqTable } from "../trace/tcp-seq";
import { tcpdumpLine } from "../trace/tcpdump-line";
import type { Tap, World } from "../world";
import type { CaptureLine } from "./types";

/** A capture on every device of the world, as one `tcpdump -n -i DEV` per device would print. */
export interface Capture {
  /** Removes the taps and returns what they saw, in the order the devices saw it. */
  stop(): CaptureLine[];
}

/**
 * Starts capturing on each device that exists now. Lines are formatted when the device sees the
 * packet, since NAT rewrites it afterwards; on lo, as tcpdump does, each packet shows once.
 */
export function captureAll(world: World): Capture {
  const lines: CaptureLine[] = [];
  const taps: Tap[] = [];
  for (const netns of world.netns.values()) {
    for (const link of netns.links.values()) {
      const seqs = new TcpSeqTable();
      const loopback = link.kind === "loopback";
      taps.push({
        netns: netns.name,
        dev: link.name,
        see(packet, out, macs) {
          if (loopback && !out) return;
          lines.push({
            netns: netns.name,
            dev: link.name,
            line: tcpdumpLine(packet, { numeric: true, seqs, clockMs: world.clock }).trimEnd(),
            packet: packet.id,
            step: world.trace?.length ?? 0,
            time: world.clock,
            frame: ethernetFrame(packet, macs),
          });
        },
      });
    }
  }
  world.taps.push(...taps);
  return {
    stop() {
      for (const tap of taps) world.taps.splice(world.taps.indexOf(tap), 1);
      return lines;
    },
  };
}
