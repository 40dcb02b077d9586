import type { Hook } from "../../engine/netfilter/hooks";
import type { TableName } from "../../engine/netfilter/tables";
import type { PacketView, Place, TraceEvent } from "../../engine/trace/events";

/** A NAT rewrite of one packet: what it looked like before and after. */
export interface Rewrite {
  readonly netns: string;
  readonly manip: "SNAT" | "DNAT";
  readonly before: PacketView;
  readonly after: PacketView;
}

/**
 * The picture at one step of a trace: where the packet is, what it looks like, and where in the
 * namespace's netfilter walk it stands. Pure replay of the engine's events: nothing is re-decided here.
 */
export interface Frame {
  readonly event: TraceEvent;
  /** The namespace the step happens in (a wire step: the one it arrives in). */
  readonly netns: string;
  /** The packet as it is at this step. */
  readonly packet?: PacketView;
  /** Rewrites this packet has had so far, oldest first. */
  readonly rewrites: readonly Rewrite[];
  readonly hook?: Hook;
  readonly table?: TableName;
  readonly chain?: string;
  /** Where the current hook's walk began: its rule steps are trace[walkStart..this step]. */
  readonly walkStart: number;
  readonly wire?: { readonly from: Place; readonly to: Place };
}

/** One packet of the exchange, for the timeline: where its walk starts. */
export interface PacketStart {
  readonly step: number;
  readonly netns: string;
  readonly packet: PacketView;
}

const NO_REWRITES: readonly Rewrite[] = [];

const netnsOf = (event: TraceEvent): string => (event.kind === "wire" ? event.to.netns : event.netns);

interface Walk {
  hook?: Hook;
  table?: TableName;
  chain?: string;
  start: number;
}

/**
 * Frames one event at a time, in trace order: a trace that arrives in parts is framed part by part,
 * so no single task on the page walks all of a long one.
 */
export function createFramer(): (events: readonly TraceEvent[]) => Frame[] {
  // A namespace works on one packet at a time: the one it sent, or the next that arrived by wire.
  const current = new Map<string, PacketView>();
  const arrived = new Map<string, PacketView[]>();
  const walks = new Map<string, Walk>();
  const rewrites = new Map<number, Rewrite[]>();
  let i = 0;

  function frameOf(event: TraceEvent): Frame {
    const netns = netnsOf(event);
    let walk = walks.get(netns) ?? { start: i };
    switch (event.kind) {
      case "send":
        current.set(netns, event.packet);
        walk = { start: i };
        break;
      case "wire": {
        const queue = arrived.get(netns) ?? [];
        queue.push(event.packet);
        arrived.set(netns, queue);
        walk = { start: i };
        break;
      }
      case "hook": {
        if (event.hook === "PREROUTING") {
          const next = arrived.get(netns)?.shift();
          if (next) current.set(netns, next);
        }
        walk = { hook: event.hook, start: i };
        break;
      }
      case "chain":
        if (event.packet) current.set(netns, { ...current.get(netns), ...event.packet });
        walk.table = event.table;
        walk.chain = event.chain;
        break;
      case "rule":
      case "verdict":
      case "return":
        // In place: frames copy the walk's fields, so nothing else holds it (a copy per rule was
        // most of a 10,000-rule trace's garbage).
        walk.table = event.table;
        walk.chain = event.chain;
        break;
      case "nat": {
        current.set(netns, event.after);
        const list = [...(rewrites.get(event.after.id) ?? []), { ...event }];
        rewrites.set(event.after.id, list);
        break;
      }
      case "route":
      case "deliver":
      case "drop":
        walk = { start: walk.start };
        break;
      case "bridge":
      case "conntrack":
        break;
    }
    walks.set(netns, walk);
    const packet = event.kind === "wire" ? event.packet : current.get(netns);
    // One shape for every frame (absent fields undefined): thousands of frames stay monomorphic.
    const frame: Frame = {
      event,
      netns,
      packet,
      rewrites: (packet && rewrites.get(packet.id)) ?? NO_REWRITES,
      hook: walk.hook,
      table: walk.table,
      chain: walk.chain,
      walkStart: walk.start,
      wire: event.kind === "wire" ? { from: event.from, to: event.to } : undefined,
    };
    i++;
    return frame;
  }

  return (events) => events.map(frameOf);
}

/** The frames of a whole trace, one per event. */
export const framesOf = (trace: readonly TraceEvent[]): Frame[] => createFramer()(trace);

/** Where each packet of the exchange was sent from: the timeline's marks. */
export function packetStarts(trace: readonly TraceEvent[]): PacketStart[] {
  const starts: PacketStart[] = [];
  trace.forEach((event, step) => {
    if (event.kind === "send") starts.push({ step, netns: event.netns, packet: event.packet });
  });
  return starts;
}
