import { testPacket } from "../netfilter/test-packet";
import { TCP, type IcmpQuote, type L4Header, type Packet } from "../stack/packet";
import { createNetns, createWorldState, type Netns, type World } from "../world";
import { conntrackConfirm, conntrackIn, type CtTraceResult } from "./core";

/** Test fixtures: hand-built packets, and one namespace that tracks and confirms each at once. */

/** A 60-byte packet with exactly these headers (netfilter's test packet, with its l4 replaced). */
function packet(src: string, dst: string, proto: number, l4?: L4Header): Packet {
  return { ...testPacket({ src, dst, proto }), proto, l4, length: 60 };
}

export type TcpFlagName = keyof typeof TCP;

export function tcp(src: string, sport: number, dst: string, dport: number, ...flags: TcpFlagName[]): Packet {
  const bits = flags.reduce((acc, f) => acc | TCP[f], 0);
  return packet(src, dst, 6, { proto: 6, sport, dport, seq: 0, ack: 0, flags: bits, window: 64240 });
}

export const udp = (src: string, sport: number, dst: string, dport: number): Packet =>
  packet(src, dst, 17, { proto: 17, sport, dport });

export function icmp(src: string, dst: string, type: number, id = 0, quote?: IcmpQuote): Packet {
  return packet(src, dst, 1, {
    proto: 1,
    type,
    code: type === 3 ? 3 : 0,
    id,
    seq: 1,
    ...(quote ? { quote } : {}),
  });
}

export const rawProto = (src: string, dst: string, proto: number): Packet => packet(src, dst, proto);

/** The quote an ICMP error carries for a TCP/UDP packet. */
export const quoteOf = (p: Packet): IcmpQuote => {
  const l4 = p.l4 as { sport: number; dport: number };
  return { src: p.src, dst: p.dst, proto: p.proto, sport: l4.sport, dport: l4.dport };
};

export interface Host {
  readonly world: World;
  readonly netns: Netns;
  /** Tracks the packet as PREROUTING/OUTPUT would, then confirms it as INPUT/POSTROUTING would. */
  pass(p: Packet): CtTraceResult & { readonly confirmed: boolean };
  /** Moves the virtual clock on. */
  sleep(seconds: number): void;
}

export function host(): Host {
  const world = createWorldState();
  const netns = createNetns("test");
  world.netns.set("test", netns);
  return {
    world,
    netns,
    pass(p) {
      const result = conntrackIn(world, netns, p);
      return { ...result, confirmed: conntrackConfirm(world, netns, p) };
    },
    sleep(seconds) {
      world.clock += seconds * 1000;
    },
  };
}
