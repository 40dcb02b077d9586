import type { Netns } from "../world";
import type { TcpState } from "./conn";

/**
 * The timeouts in seconds (nf_conntrack_proto_*.c defaults), each with the sysctl that overrides it in
 * its namespace: `net.netfilter.nf_conntrack_<name>`.
 */
const DEFAULTS = {
  tcp_timeout_syn_sent: 120,
  tcp_timeout_syn_recv: 60,
  tcp_timeout_established: 432000,
  tcp_timeout_fin_wait: 120,
  tcp_timeout_close_wait: 60,
  tcp_timeout_last_ack: 30,
  tcp_timeout_time_wait: 120,
  tcp_timeout_close: 10,
  tcp_timeout_unacknowledged: 300,
  udp_timeout: 30,
  udp_timeout_stream: 120,
  icmp_timeout: 30,
  generic_timeout: 600,
} as const;
export type TimeoutName = keyof typeof DEFAULTS;

/** SYN_SENT2 has no sysctl of its own; it is 2 minutes. NONE never lasts past its packet. */
const SYN_SENT2_SECONDS = 120;

const TCP_STATE_TIMEOUT: Readonly<Record<Exclude<TcpState, "NONE" | "SYN_SENT2">, TimeoutName>> = {
  SYN_SENT: "tcp_timeout_syn_sent",
  SYN_RECV: "tcp_timeout_syn_recv",
  ESTABLISHED: "tcp_timeout_established",
  FIN_WAIT: "tcp_timeout_fin_wait",
  CLOSE_WAIT: "tcp_timeout_close_wait",
  LAST_ACK: "tcp_timeout_last_ack",
  TIME_WAIT: "tcp_timeout_time_wait",
  CLOSE: "tcp_timeout_close",
};

/** A timeout in milliseconds: the namespace's sysctl if it holds a number, else the kernel default. */
export function timeoutMs(netns: Netns, name: TimeoutName): number {
  const value = netns.sysctl.get(`net.netfilter.nf_conntrack_${name}`);
  const seconds = value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : DEFAULTS[name];
  return seconds * 1000;
}

export function tcpStateTimeoutMs(netns: Netns, state: TcpState): number {
  if (state === "NONE") return 0;
  if (state === "SYN_SENT2") return SYN_SENT2_SECONDS * 1000;
  return timeoutMs(netns, TCP_STATE_TIMEOUT[state]);
}

/** `net.netfilter.nf_conntrack_tcp_loose`: may conntrack pick up a connection in the middle (default 1)? */
export const tcpLoose = (netns: Netns): boolean =>
  netns.sysctl.get("net.netfilter.nf_conntrack_tcp_loose") !== "0";
