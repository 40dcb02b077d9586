import type { Netns } from "../world";
import { readSysctl } from "../netdev/sysctl";

/** TCP_TIMEOUT_INIT and TCP_RTO_MAX. */
const RTO_INIT_MS = 1000;
const RTO_MAX_MS = 120_000;

/** When an unanswered SYN is sent again and when connect() fails with ETIMEDOUT, in ms after the first. */
export interface SynSchedule {
  readonly resendAt: readonly number[];
  readonly giveUpAt: number;
}

/**
 * tcp_model_timeout(): how long the retransmissions may last, as if the RTO doubled from 1 s and
 * stopped growing at TCP_RTO_MAX.
 */
function modelTimeoutMs(retries: number): number {
  const thresh = Math.floor(Math.log2(RTO_MAX_MS / RTO_INIT_MS));
  if (retries <= thresh) return ((2 << retries) - 1) * RTO_INIT_MS;
  return ((2 << thresh) - 1) * RTO_INIT_MS + (retries - thresh) * RTO_MAX_MS;
}

/**
 * The retransmission timer of a socket in SYN_SENT (tcp_retransmit_timer, tcp_write_timeout): the RTO
 * stays at 1 s for the first tcp_syn_linear_timeouts retransmissions, then doubles. Each time the
 * timer fires, connect() fails if it has already retransmitted tcp_syn_retries +
 * tcp_syn_linear_timeouts times, or if the time since the first SYN reached the modelled timeout.
 */
export function synSchedule(retries: number, linear: number): SynSchedule {
  const limit = modelTimeoutMs(retries);
  const resendAt: number[] = [];
  let at = 0;
  let rto = RTO_INIT_MS;
  for (;;) {
    at += rto;
    const sent = resendAt.length;
    if (sent >= retries + linear || (sent > 0 && at >= limit)) return { resendAt, giveUpAt: at };
    resendAt.push(at);
    if (sent + 1 > linear) rto = Math.min(rto * 2, RTO_MAX_MS);
  }
}

/** The schedule `netns`'s sysctls give (net.ipv4.tcp_syn_retries, net.ipv4.tcp_syn_linear_timeouts). */
export const netnsSynSchedule = (netns: Netns): SynSchedule =>
  synSchedule(
    Number(readSysctl(netns, "net.ipv4.tcp_syn_retries")),
    Number(readSysctl(netns, "net.ipv4.tcp_syn_linear_timeouts")),
  );
