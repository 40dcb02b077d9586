import { formatAddr } from "../../iptables/address";
import { TCP, type L4Header, type Packet } from "../../stack/packet";
import type { Netns, World } from "../../world";
import type { Hook } from "../hooks";
import { inDevice, outDevice } from "../xt-devices";
import { frameMacs, macHeaderText } from "./log-mac";

/** The XT_LOG_* flags the line can honour (the model keeps no option bytes nor socket owners). */
const LOG_FLAG = { TCPSEQ: 0x01, MACDECODE: 0x20 } as const;

const IPTOS_TOS_MASK = 0x1e;
const IPTOS_PREC_MASK = 0xe0;
const ICMP_ECHOREPLY = 0;
const ICMP_ECHO = 8;

const hex2 = (n: number) => n.toString(16).toUpperCase().padStart(2, "0");

/** nf_log_dump_tcp_header's flag words, in its order (CWR and ECE are not modelled). */
const TCP_FLAG_WORDS: readonly (readonly [number, string])[] = [
  [TCP.URG, "URG"],
  [TCP.ACK, "ACK"],
  [TCP.PSH, "PSH"],
  [TCP.RST, "RST"],
  [TCP.SYN, "SYN"],
  [TCP.FIN, "FIN"],
];

/** The transport part of dump_ipv4_packet; a later fragment shows the protocol only. */
function transportText(packet: Packet, l4: L4Header | undefined, flags: number): string {
  const fragment = packet.fragOffset !== 0;
  switch (packet.proto) {
    case 6: {
      if (fragment || l4?.proto !== 6) return "PROTO=TCP ";
      let out = `PROTO=TCP SPT=${l4.sport} DPT=${l4.dport} `;
      if (flags & LOG_FLAG.TCPSEQ) out += `SEQ=${l4.seq >>> 0} ACK=${l4.ack >>> 0} `;
      out += `WINDOW=${l4.window} RES=0x00 `;
      for (const [bit, word] of TCP_FLAG_WORDS) if (l4.flags & bit) out += `${word} `;
      return `${out}URGP=0 `;
    }
    case 17:
      if (fragment || l4?.proto !== 17) return "PROTO=UDP ";
      return `PROTO=UDP SPT=${l4.sport} DPT=${l4.dport} LEN=${packet.length - 20} `;
    case 1: {
      if (fragment || l4?.proto !== 1) return "PROTO=ICMP ";
      const out = `PROTO=ICMP TYPE=${l4.type} CODE=${l4.code} `;
      return l4.type === ICMP_ECHO || l4.type === ICMP_ECHOREPLY ? `${out}ID=${l4.id} SEQ=${l4.seq} ` : out;
    }
    default:
      return `PROTO=${packet.proto} `;
  }
}

/** dump_ipv4_packet for the outer header (the model has no IP options, CE or MF bits). */
function ipv4Text(packet: Packet, flags: number): string {
  let out = `SRC=${formatAddr(packet.src)} DST=${formatAddr(packet.dst)} `;
  out += `LEN=${packet.length} TOS=0x${hex2(packet.tos & IPTOS_TOS_MASK)} PREC=0x${hex2(packet.tos & IPTOS_PREC_MASK)} `;
  out += `TTL=${packet.ttl} ID=${packet.ipId} `;
  if (packet.df) out += "DF ";
  if (packet.fragOffset !== 0) out += `FRAG:${packet.fragOffset} `;
  out += transportText(packet, packet.l4, flags);
  return packet.mark ? `${out}MARK=0x${(packet.mark >>> 0).toString(16)} ` : out;
}

/** dump_mac_header, printed only when the packet came in by a device. */
function macText(world: World, netns: Netns, packet: Packet, inDev: string, flags: number): string {
  const macs = frameMacs(world, netns, packet, inDev);
  if (flags & LOG_FLAG.MACDECODE) return macs ? `MACSRC=${macs.src} MACDST=${macs.dst} MACPROTO=0800 ` : "";
  return `MAC=${macs ? macHeaderText(macs) : ""} `;
}

/**
 * nf_log_ip_packet: the line LOG writes, as dmesg shows it (the kernel's trailing space kept).
 * Bridged packets name their bridge ports (br_netfilter's PHYSIN/PHYSOUT).
 */
export function logLine(
  prefix: string,
  flags: number,
  packet: Packet,
  hook: Hook,
  world: World,
  netns: Netns,
): string {
  const inDev = inDevice(packet, hook);
  const outDev = outDevice(packet, hook);
  let out = `${prefix}IN=${inDev} OUT=${outDev} `;
  if (packet.physIn && packet.physIn !== inDev) out += `PHYSIN=${packet.physIn} `;
  if (packet.physOut && packet.physOut !== outDev) out += `PHYSOUT=${packet.physOut} `;
  if (inDev) out += macText(world, netns, packet, inDev, flags);
  return out + ipv4Text(packet, flags);
}
