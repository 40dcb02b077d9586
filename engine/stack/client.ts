import { nextU32 } from "../rng";
import { fibLookup } from "../route/lookup";
import type { Netns } from "../world";
import { ICMP_HLEN, IP_HLEN, newPacket } from "./build";
import type { Net } from "./net";
import { ipLocalOut, type SendError } from "./output";
import { TCP } from "./packet";
import { drain } from "./receive";
import type { DgramSock, TcpSock } from "./socket";
import { netnsSynSchedule } from "./syn-timer";
import { dropRequests, fireSynAckTimers } from "./synack-timer";
import { newTcpSock, sendSegment, tcpClose } from "./tcp";
import { udpSend } from "./udp";

/** net.ipv4.ip_local_port_range's default. */
const EPHEMERAL_MIN = 32768;
const EPHEMERAL_MAX = 60999;

/** An unused local port for a new client socket, from a random start (as __inet_hash_connect). */
export function ephemeralPort(net: Net, netns: Netns, proto: 6 | 17): number {
  const size = EPHEMERAL_MAX - EPHEMERAL_MIN + 1;
  const start = nextU32(net.world.rng) % size;
  for (let i = 0; i < size; i++) {
    const port = EPHEMERAL_MIN + ((start + i) % size);
    const used = netns.sockets.some((s) =>
      s.kind === "tcp"
        ? proto === 6 && s.lport === port
        : s.kind === "udp"
          ? proto === 17 && s.lport === port
          : s.kind === "listen" && s.proto === proto && s.port === port,
    );
    if (!used) return port;
  }
  return EPHEMERAL_MIN;
}

/** The source address a socket with no bound address gets for `dst`: the route's preferred source. */
export function sourceFor(netns: Netns, dst: number): number | SendError {
  const decision = fibLookup(netns, dst);
  return typeof decision === "string" ? decision : decision.prefsrc;
}

export interface ConnectOptions {
  readonly dst: number;
  readonly dport: number;
  readonly src?: number;
  readonly sport?: number;
  readonly owner: string;
  /** Give up after this long (nc -w, curl -m / --connect-timeout); the kernel's own limit otherwise. */
  readonly timeoutMs?: number;
}

/**
 * connect(): SYN, then retransmissions on the virtual clock until an answer, a timeout, or an error.
 * Returns the socket (ESTABLISHED, or CLOSED with `error`), or the error the send itself failed with.
 */
export function tcpConnect(net: Net, netns: Netns, opts: ConnectOptions): TcpSock | SendError {
  const src = opts.src ?? sourceFor(netns, opts.dst);
  if (typeof src === "string") return src;
  const sock = newTcpSock(net, {
    local: src,
    lport: opts.sport ?? ephemeralPort(net, netns, 6),
    remote: opts.dst,
    rport: opts.dport,
    owner: opts.owner,
    state: "SYN_SENT",
  });
  netns.sockets.push(sock);
  const isn = sock.sndNxt;
  const start = net.world.clock;
  const { resendAt, giveUpAt } = netnsSynSchedule(netns);
  // The caller's own timeout wins a tie: the kernel's timers fire a little late.
  const callerMs = opts.timeoutMs ?? Infinity;
  const byCaller = callerMs <= giveUpAt;
  const limit = Math.min(callerMs, giveUpAt);
  const sendSyn = () => {
    sock.sndNxt = isn;
    const failed = sendSegment(net, netns, sock, TCP.SYN);
    drain(net);
    return failed;
  };
  const failed = sendSyn();
  if (failed && failed !== "Operation not permitted") {
    sock.state = "CLOSED";
    return failed;
  }
  // When the client's own timer was armed: the servers' SYN-ACK timers falling due in the same tick
  // fire first if armed after it.
  let armed = start;
  for (const at of resendAt) {
    if (at >= limit) break;
    fireSynAckTimers(net, start, start + at, armed);
    if (sock.state !== "SYN_SENT") return sock;
    net.world.clock = start + at;
    sendSyn();
    armed = start + at;
  }
  fireSynAckTimers(net, start, start + limit, armed);
  if (sock.state === "SYN_SENT") {
    net.world.clock = start + limit;
    sock.state = "CLOSED";
    sock.error = byCaller ? "Operation now in progress" : "Connection timed out";
    // A SYN-ACK whose timer was armed before the client's last one comes after it gave up.
    fireSynAckTimers(net, start, start + limit, -Infinity);
    dropRequests(net, start);
  }
  return sock;
}

/** write() on a connected socket, and everything it sets off (acks, the server's answer). */
export function tcpWrite(net: Net, netns: Netns, sock: TcpSock, data: string): void {
  if (sock.state !== "ESTABLISHED" || !data) return;
  sendSegment(net, netns, sock, TCP.PSH | TCP.ACK, data);
  drain(net);
}

/** close() and the FIN exchange it starts; with data left unread, the reset it sends instead. */
export function tcpShutdown(net: Net, netns: Netns, sock: TcpSock, unread = false): void {
  tcpClose(net, netns, sock, unread);
  drain(net);
}

/** Forgets a finished client socket (the kernel keeps TIME_WAIT; nothing here needs it). */
export function releaseSocket(netns: Netns, sock: TcpSock | DgramSock): void {
  const i = netns.sockets.indexOf(sock);
  if (i >= 0) netns.sockets.splice(i, 1);
}

/** A bound UDP or ping socket. */
export function openDgram(
  net: Net,
  netns: Netns,
  kind: "udp" | "ping",
  owner: string,
  local = 0,
  lport?: number,
): DgramSock {
  const port = lport ?? (kind === "udp" ? ephemeralPort(net, netns, 17) : nextU32(net.world.rng) & 0xffff);
  const sock: DgramSock = { kind, local, lport: port, owner, received: [], errors: [] };
  netns.sockets.push(sock);
  return sock;
}

/** sendto() of one datagram from a UDP socket, and what follows it. */
export function udpSendTo(...args: Parameters<typeof udpQueue>): SendError | undefined {
  const failed = udpQueue(...args);
  drain(args[0]);
  return failed;
}

/** sendto without waiting: the datagram is on the wire, and what follows it waits for drain(). */
export function udpQueue(
  net: Net,
  netns: Netns,
  sock: DgramSock,
  dst: number,
  dport: number,
  data: string,
): SendError | undefined {
  const src = sock.local || sourceFor(netns, dst);
  if (typeof src === "string") return src;
  return udpSend(net, netns, { src, sport: sock.lport, dst, dport, data, by: sock.owner });
}

/** One echo request from a ping socket (56 data bytes unless told), and what follows it. */
export function pingSend(
  net: Net,
  netns: Netns,
  sock: DgramSock,
  dst: number,
  seq: number,
  opts: { size?: number; ttl?: number } = {},
): SendError | undefined {
  const src = sock.local || sourceFor(netns, dst);
  if (typeof src === "string") return src;
  const size = opts.size ?? 56;
  const packet = newPacket(net.world, {
    src,
    dst,
    length: IP_HLEN + ICMP_HLEN + size,
    ...(opts.ttl !== undefined ? { ttl: opts.ttl } : {}),
    l4: { proto: 1, type: 8, code: 0, id: sock.lport, seq },
  });
  const failed = ipLocalOut(net, netns, packet, sock.owner);
  drain(net);
  return failed;
}
