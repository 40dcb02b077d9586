import { readSysctl } from "../netdev/sysctl";
import type { Netns } from "../world";
import type { Net } from "./net";
import { drain } from "./receive";
import type { TcpSock } from "./socket";
import { sendSegment } from "./tcp";
import { TCP } from "./packet";
import { abortTcpSockets, tcpSockets } from "./tcp-sockets";

/** TCP_TIMEOUT_INIT, TCP_RTO_MAX, and net.ipv4.tcp_invalid_ratelimit's default. */
const TIMEOUT_INIT_MS = 1000;
const RTO_MAX_MS = 120_000;
const OOW_RATELIMIT_MS = 500;

/** reqsk_timeout(): the request timer's period after `timeouts` expiries. */
const period = (timeouts: number): number => Math.min(TIMEOUT_INIT_MS << timeouts, RTO_MAX_MS);

/** Sends a request's SYN-ACK again, with the sequence number it had (inet_rtx_syn_ack). */
function resendSynAck(net: Net, netns: Netns, sock: TcpSock): void {
  sock.sndNxt = (sock.sndNxt - 1) >>> 0;
  sendSegment(net, netns, sock, TCP.SYN | TCP.ACK);
}

/** A new request (SYN_RECV) whose SYN-ACK just went out: its timer starts (reqsk_queue_hash_req). */
export function armSynAck(net: Net, sock: TcpSock): void {
  const now = net.world.clock;
  sock.synAck = { due: now + period(0), timeouts: 0, armed: now, since: now };
}

/**
 * Forgets the requests that came in since `since` and are still waiting for their ACK: the lab aborts
 * them when a command line ends (ss -K), so that their timers add no packets to later lines.
 */
export function dropRequests(net: Net, since: number): void {
  abortTcpSockets(net, (s) => s.state === "SYN_RECV" && (s.synAck?.since ?? -1) >= since);
}

/**
 * A retransmitted SYN for a request (tcp_check_req): the SYN-ACK goes out again unless one already
 * answered an out-of-window segment in the last 500 ms, and the timer starts its period anew.
 */
export function synAgain(net: Net, netns: Netns, sock: TcpSock): void {
  const timer = sock.synAck;
  if (!timer) return;
  const now = net.world.clock;
  if (timer.oowAt !== undefined && now - timer.oowAt < OOW_RATELIMIT_MS) return;
  resendSynAck(net, netns, sock);
  sock.synAck = { ...timer, due: now + period(timer.timeouts), armed: now, oowAt: now };
}

/**
 * Fires the request timers (reqsk_timer_handler) that fall due up to `until`: each resends its
 * SYN-ACK and doubles its period; after net.ipv4.tcp_synack_retries expiries the request is dropped.
 * Timers due at `until` itself fire only if armed at or after `armedBy`, the moment the caller's own
 * timer was armed: timers due in the same tick run from the latest armed (a timer wheel bucket is a
 * stack), which is why a server's first SYN-ACK retransmission precedes the client's second SYN.
 * Only requests of the caller's own line are meant: their timers are due no earlier than `since`.
 */
export function fireSynAckTimers(net: Net, since: number, until: number, armedBy: number): void {
  for (;;) {
    const next = dueRequest(net, since, until, armedBy);
    if (!next) return;
    const [netns, sock, timer] = next;
    net.world.clock = timer.due;
    const timeouts = timer.timeouts + 1;
    if (timeouts > Number(readSysctl(netns, "net.ipv4.tcp_synack_retries"))) {
      netns.sockets.splice(netns.sockets.indexOf(sock), 1);
      continue;
    }
    sock.synAck = { ...timer, timeouts, due: timer.due + period(timeouts), armed: timer.due };
    resendSynAck(net, netns, sock);
    drain(net);
  }
}

type Due = [Netns, TcpSock, NonNullable<TcpSock["synAck"]>];

function dueRequest(net: Net, since: number, until: number, armedBy: number): Due | undefined {
  let first: Due | undefined;
  for (const [netns, sock] of tcpSockets(net)) {
    const timer = sock.state === "SYN_RECV" ? sock.synAck : undefined;
    if (!timer || timer.due < since || timer.due > until) continue;
    if (timer.due === until && timer.armed < armedBy) continue;
    const [, , best] = first ?? [];
    if (!best || timer.due < best.due || (timer.due === best.due && timer.armed > best.armed))
      first = [netns, sock, timer];
  }
  return first;
}
