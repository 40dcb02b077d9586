import type { Link } from "../netdev/link";
import type { TraceSink } from "../trace/sink";
import type { Netns, World } from "../world";
import type { Packet } from "./packet";

/** A frame in flight: it arrives on `dev` in `netns` when the wire is drained. */
export interface Frame {
  readonly netns: Netns;
  readonly dev: Link;
  readonly packet: Packet;
  /** Link-layer addresses ("" on lo): bridges learn the source and forward by the destination. */
  readonly srcMac: string;
  readonly dstMac: string;
}

/**
 * One run of the packet path: the world, where the trace goes, and the frames on the wire. Packets a step sends (a reply, an ICMP error) are
 * queued on the wire and processed in order, so a whole exchange unrolls from one send.
 */
export interface Net {
  readonly world: World;
  readonly trace: TraceSink;
  readonly wire: Frame[];
}

export function createNet(world: World, trace: TraceSink): Net {
  return { world, trace, wire: [] };
}

export function netnsOf(net: Net, link: Link): Netns {
  return net.world.netns.get(link.netns)!;
}
