import { nextU32 } from "../rng";
import { IP_HLEN, newPacket } from "../stack/build";
import type { Net } from "../stack/net";
import { ipLocalOut } from "../stack/output";
import type { L4Header, Packet } from "../stack/packet";
import { drain } from "../stack/receive";
import type { Netns, Tap } from "../world";
import type { NpingArgs } from "./nping-args";
import type { SeenPacket } from "./nping-text";

/** nping's probe defaults: UDP from port 53 to 40125, TCP to port 80 with a 1480-byte window. */
const UDP_SPORT = 53;
const UDP_DPORT = 40125;
const TCP_DPORT = 80;
const TCP_WINDOW = 1480;

/** What stays the same across one run's probes: nping draws its ids and numbers once. */
export interface ProbeTemplate {
  readonly src: number;
  readonly dst: number;
  readonly ipId: number;
  readonly l4: (round: number) => L4Header;
  /** The L4 header's length, before the payload. */
  readonly hlen: number;
}

export function probeTemplate(net: Net, args: NpingArgs, src: number, dst: number): ProbeTemplate {
  const rng = net.world.rng;
  const ipId = nextU32(rng) & 0xffff;
  if (args.mode === "tcp") {
    const sport = args.sport ?? 1024 + (nextU32(rng) % (65536 - 1024));
    const seq = nextU32(rng);
    // An ACK probe carries a random acknowledgment number (what the answering reset then echoes).
    const ack = args.flags & 0x10 ? nextU32(rng) : 0;
    const l4: L4Header = {
      proto: 6,
      sport,
      dport: args.dport ?? TCP_DPORT,
      seq,
      ack,
      flags: args.flags,
      window: TCP_WINDOW,
    };
    return { src, dst, ipId, hlen: 20, l4: () => ({ ...l4 }) };
  }
  if (args.mode === "udp") {
    const l4: L4Header = { proto: 17, sport: args.sport ?? UDP_SPORT, dport: args.dport ?? UDP_DPORT };
    return { src, dst, ipId, hlen: 8, l4: () => ({ ...l4 }) };
  }
  const id = nextU32(rng) & 0xffff;
  return { src, dst, ipId, hlen: 8, l4: (round) => ({ proto: 1, type: 8, code: 0, id, seq: round }) };
}

/** The packet this round sends, as raw sockets hand it to IP: the TTL and IP id are nping's own. */
export function probePacket(net: Net, t: ProbeTemplate, args: NpingArgs, round: number): Packet {
  const packet = newPacket(net.world, {
    src: t.src,
    dst: t.dst,
    length: IP_HLEN + t.hlen + args.data.length,
    payload: args.data,
    ttl: args.ttl,
    l4: t.l4(round),
  });
  return { ...packet, ipId: t.ipId };
}

const snapshot = (p: Packet): SeenPacket => ({
  src: p.src,
  dst: p.dst,
  ttl: p.ttl,
  ipId: p.ipId,
  length: p.length,
  l4: { ...p.l4! },
});

/** nping's capture filter: an answer from the target's port to ours, or an ICMP message about the probe. */
function answers(probe: Packet, p: Packet): boolean {
  const sent = probe.l4!;
  const got = p.l4;
  if (!got || p.dst !== probe.src) return false;
  if (got.proto === 1 && got.quote) {
    const q = got.quote;
    const ids = sent.proto === 1 ? q.sport === sent.id : q.sport === sent.sport && q.dport === sent.dport;
    return q.src === probe.src && q.dst === probe.dst && q.proto === probe.proto && ids;
  }
  if (got.proto !== sent.proto || p.src !== probe.dst) return false;
  if (got.proto === 1 && sent.proto === 1)
    return got.type === 0 && got.id === sent.id && got.seq === sent.seq;
  return got.proto !== 1 && sent.proto !== 1 && got.sport === sent.dport && got.dport === sent.sport;
}

/**
 * Sends one probe and returns what came back for it, as nping's pcap capture on the outgoing
 * device sees it: before the host's own kernel answers (a SYN-ACK with a reset, since no socket
 * owns the port).
 */
export function sendProbe(net: Net, netns: Netns, dev: string, probe: Packet): SeenPacket[] {
  const seen: SeenPacket[] = [];
  const tap: Tap = {
    netns: netns.name,
    dev,
    see: (p, out) => {
      if (!out && answers(probe, p)) seen.push(snapshot(p));
    },
  };
  net.world.taps.push(tap);
  ipLocalOut(net, netns, probe);
  drain(net);
  net.world.taps.splice(net.world.taps.indexOf(tap), 1);
  return seen;
}
