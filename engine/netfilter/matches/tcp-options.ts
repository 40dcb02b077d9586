import { TCP, type Packet, type TcpHeader } from "../../stack/packet";

/** TCP option kinds (TCPOPT_*) that Linux sends. */
export const TCPOPT = { NOP: 1, MSS: 2, WINDOW: 3, SACK_PERM: 4, TIMESTAMP: 8 } as const;

/** The IP header (the model has no IP options) and the fixed TCP header. */
const IP_HLEN = 20;
const TCP_BASE_HLEN = 20;

const kinds = (...list: number[]) => list.reduce((bits, kind) => bits | (1 << kind), 0);

/**
 * The packet model keeps no option bytes, only the header's size in the packet's length; which
 * options fill it follows Linux with its default sysctls (timestamps, SACK, window scaling on): a
 * SYN or SYN-ACK carries MSS, SACK_PERM, TIMESTAMP, NOP and WSCALE (tcp_syn_options), any other
 * segment with options NOP, NOP, TIMESTAMP (tcp_established_options). Resets made without a socket
 * (tcp_v4_send_reset, REJECT) have none.
 */
const SYN_OPTIONS = kinds(TCPOPT.MSS, TCPOPT.SACK_PERM, TCPOPT.TIMESTAMP, TCPOPT.NOP, TCPOPT.WINDOW);
const LATER_OPTIONS = kinds(TCPOPT.NOP, TCPOPT.TIMESTAMP);

/** tcp_find_option: whether the segment carries an option of this kind (1–255). */
export function carriesTcpOption(packet: Packet, th: TcpHeader, kind: number): boolean {
  const optionBytes = packet.length - IP_HLEN - TCP_BASE_HLEN - packet.payload.length;
  if (optionBytes <= 0 || kind > 31) return false;
  return ((th.flags & TCP.SYN ? SYN_OPTIONS : LATER_OPTIONS) & (1 << kind)) !== 0;
}
