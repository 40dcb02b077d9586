import type { World } from "../world";
import type { L4Header, Packet } from "./packet";

/** IPv4 header, and the TCP header as Linux sends it with timestamps (SYNs carry 20 bytes more options). */
export const IP_HLEN = 20;
export const TCP_HLEN = 32;
export const TCP_SYN_HLEN = 40;
export const TCP_RST_HLEN = 20;
/** A SYN-ACK to a SYN without options carries only the MSS option. */
export const TCP_MSS_ONLY_HLEN = 24;
export const UDP_HLEN = 8;
export const ICMP_HLEN = 8;

export interface PacketInit {
  readonly src: number;
  readonly dst: number;
  readonly l4: L4Header;
  /** Total length, IP header included. */
  readonly length: number;
  readonly payload?: string;
  readonly ttl?: number;
  readonly mark?: number;
  /** The IP id, when the kernel writes a fixed one (0 for its SYN-ACKs and resets). */
  readonly ipId?: number;
}

/** A fresh packet as a local socket hands it to IP: default TTL 64, DF set (Linux's PMTU default), no metadata. */
export function newPacket(world: World, init: PacketInit): Packet {
  const id = world.nextPacketId++;
  return {
    id,
    src: init.src,
    dst: init.dst,
    proto: init.l4.proto,
    ttl: init.ttl ?? 64,
    tos: 0,
    ipId: init.ipId ?? id & 0xffff,
    df: true,
    fragOffset: 0,
    length: init.length,
    l4: init.l4,
    payload: init.payload ?? "",
    mark: init.mark ?? 0,
    iif: "",
    oif: "",
    physIn: "",
    physOut: "",
    untracked: false,
    traced: false,
  };
}
