import { nextU32 } from "../rng";
import type { Netns } from "../world";
import { IP_HLEN, newPacket, TCP_HLEN, TCP_MSS_ONLY_HLEN, TCP_RST_HLEN, TCP_SYN_HLEN } from "./build";
import type { Net } from "./net";
import { ipLocalOut, type SendError } from "./output";
import { TCP, type Packet, type TcpHeader } from "./packet";
import { attachRelated } from "./icmp";
import type { Listener, TcpSock } from "./socket";
import { armSynAck, synAgain } from "./synack-timer";
import { armFin } from "./fin-timer";

const { FIN, SYN, RST, PSH, ACK } = TCP;
/**
 * The window field Linux writes (MSS 1460): unscaled in the SYN (64240) and SYN-ACK (65160), then
 * shifted by the window scale of 7 it announced: 502 from a client, 509 from an accepting server.
 * Without window scaling (a bare peer) it stays unscaled.
 */
function windowField(sock: TcpSock, flags: number): number {
  if (sock.bare) return 64240;
  if (flags & SYN) return flags & ACK ? 65160 : 64240;
  return sock.listener ? 509 : 502;
}

/** The TCP header size: SYNs carry MSS, SACK_PERM, timestamps and window scale; later segments timestamps. */
function headerLength(sock: TcpSock, flags: number): number {
  if (sock.bare) return flags & SYN ? TCP_MSS_ONLY_HLEN : TCP_RST_HLEN;
  return flags & SYN ? TCP_SYN_HLEN : TCP_HLEN;
}

/** tcp_transmit_skb: one segment of `sock`, with the header size Linux uses for its kind. */
export function sendSegment(
  net: Net,
  netns: Netns,
  sock: TcpSock,
  flags: number,
  data = "",
): SendError | undefined {
  const hlen = headerLength(sock, flags);
  const seq = sock.sndNxt;
  sock.sndNxt = (sock.sndNxt + data.length + (flags & (SYN | FIN) ? 1 : 0)) >>> 0;
  const packet = newPacket(net.world, {
    src: sock.local,
    dst: sock.remote,
    length: IP_HLEN + hlen + data.length,
    payload: data,
    // ip_build_and_send_pkt writes id 0 into a DF SYN-ACK.
    ...((flags & (SYN | ACK)) === (SYN | ACK) ? { ipId: 0 } : {}),
    l4: {
      proto: 6,
      sport: sock.lport,
      dport: sock.rport,
      seq,
      ack: flags & ACK ? sock.rcvNxt : 0,
      flags,
      window: windowField(sock, flags),
      ...(sock.bare
        ? {}
        : {
            tsVal: tsClock(net.world.clock, sock.local, sock.remote),
            tsEcr: flags & ACK ? sock.tsRecent : 0,
          }),
    },
  });
  return ipLocalOut(net, netns, packet, sock.owner);
}

/**
 * tcp_v4_send_reset (and REJECT's nf_send_reset): the reset answering `packet`, from the address it
 * was sent to. It acknowledges the segment unless that carried an ACK, whose number it then reuses.
 */
export function sendReset(net: Net, netns: Netns, packet: Packet, tcp: TcpHeader, related = false): void {
  const acked = tcp.flags & ACK;
  const seqLen = packet.payload.length + (tcp.flags & SYN ? 1 : 0) + (tcp.flags & FIN ? 1 : 0);
  const reset = newPacket(net.world, {
    src: packet.dst,
    dst: packet.src,
    length: IP_HLEN + TCP_RST_HLEN,
    ipId: 0,
    l4: {
      proto: 6,
      sport: tcp.dport,
      dport: tcp.sport,
      seq: acked ? tcp.ack : 0,
      ack: acked ? 0 : (tcp.seq + seqLen) >>> 0,
      flags: acked ? RST : RST | ACK,
      window: 0,
    },
  });
  if (related) attachRelated(reset, packet);
  ipLocalOut(net, netns, reset);
}

/**
 * The TCP timestamp clock: milliseconds plus an offset per address pair (secure_tcp_ts_off). A hash
 * stands in for the kernel's keyed one, so that it draws nothing from the world's rng.
 */
function tsClock(clockMs: number, src: number, dst: number): number {
  let h = Math.imul(src ^ 0x9e3779b9, 0x85ebca6b) ^ dst;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  return (clockMs + h) >>> 0;
}

export function newTcpSock(
  net: Net,
  init: Omit<TcpSock, "kind" | "sndNxt" | "rcvNxt" | "received" | "tsRecent">,
): TcpSock {
  return { kind: "tcp", ...init, sndNxt: nextU32(net.world.rng), rcvNxt: 0, received: "", tsRecent: 0 };
}

function findSock(netns: Netns, packet: Packet, tcp: TcpHeader): TcpSock | undefined {
  for (const s of netns.sockets) {
    if (
      s.kind === "tcp" &&
      s.state !== "CLOSED" &&
      s.lport === tcp.dport &&
      s.rport === tcp.sport &&
      s.local === packet.dst &&
      s.remote === packet.src
    )
      return s;
  }
  return undefined;
}

function findListener(netns: Netns, packet: Packet, port: number): Listener | undefined {
  for (const s of netns.sockets) {
    if (s.kind === "listen" && s.proto === 6 && s.port === port && (s.addr === 0 || s.addr === packet.dst))
      return s;
  }
  return undefined;
}

/** tcp_v4_rcv: a segment for this host, to its connection, a listener, or answered with a reset. */
export function tcpRcv(net: Net, netns: Netns, packet: Packet, tcp: TcpHeader): void {
  const sock = findSock(netns, packet, tcp);
  if (sock) {
    net.trace?.push({ kind: "deliver", netns: netns.name, socket: `${sock.owner} (TCP ${sock.state})` });
    if (tcp.tsVal !== undefined) sock.tsRecent = tcp.tsVal;
    return segmentArrives(net, netns, sock, packet, tcp);
  }
  const listener =
    (tcp.flags & (SYN | ACK | RST)) === SYN ? findListener(netns, packet, tcp.dport) : undefined;
  if (listener) {
    net.trace?.push({
      kind: "deliver",
      netns: netns.name,
      socket: `${listener.owner} (listening on TCP port ${listener.port})`,
    });
    const child = newTcpSock(net, {
      local: packet.dst,
      lport: tcp.dport,
      remote: packet.src,
      rport: tcp.sport,
      owner: listener.owner,
      state: "SYN_RECV",
      listener,
      bare: packet.length - IP_HLEN - packet.payload.length <= TCP_RST_HLEN,
    });
    child.rcvNxt = (tcp.seq + 1) >>> 0;
    child.tsRecent = tcp.tsVal ?? 0;
    netns.sockets.push(child);
    sendSegment(net, netns, child, SYN | ACK);
    armSynAck(net, child);
    return;
  }
  net.trace?.push({ kind: "drop", netns: netns.name, reason: `no socket on TCP port ${tcp.dport}` });
  if (!(tcp.flags & RST)) sendReset(net, netns, packet, tcp);
}

/** The connection is over: an accepted one is gone; a client's socket stays for its tool to read. */
function close(netns: Netns, sock: TcpSock): void {
  sock.state = "CLOSED";
  if (!sock.listener) return;
  const i = netns.sockets.indexOf(sock);
  if (i >= 0) netns.sockets.splice(i, 1);
}

function closeListenerAfterAccept(netns: Netns, listener: Listener | undefined): void {
  if (!listener || listener.keep) return;
  const i = netns.sockets.indexOf(listener);
  if (i >= 0) netns.sockets.splice(i, 1);
}

/** The state machine of one connection, as far as the playground's exchanges need it. */
function segmentArrives(net: Net, netns: Netns, sock: TcpSock, packet: Packet, tcp: TcpHeader): void {
  if (tcp.flags & RST) {
    sock.error = sock.state === "SYN_SENT" ? "Connection refused" : "Connection reset by peer";
    close(netns, sock);
    return;
  }
  const data = packet.payload;
  switch (sock.state) {
    case "SYN_SENT":
      if ((tcp.flags & (SYN | ACK)) !== (SYN | ACK)) return;
      sock.rcvNxt = (tcp.seq + 1) >>> 0;
      sock.state = "ESTABLISHED";
      sendSegment(net, netns, sock, ACK);
      return;
    case "SYN_RECV":
      if (!(tcp.flags & ACK)) {
        if (tcp.flags & SYN && tcp.seq === (sock.rcvNxt - 1) >>> 0) synAgain(net, netns, sock);
        return;
      }
      sock.state = "ESTABLISHED";
      sock.listener?.onAccept?.(sock.remote, sock.rport);
      sock.listener?.relay?.open(net, netns, sock);
      closeListenerAfterAccept(netns, sock.listener);
      return receiveData(net, netns, sock, tcp, data);
    case "ESTABLISHED":
    case "FIN_WAIT1":
    case "FIN_WAIT2":
      return receiveData(net, netns, sock, tcp, data);
    case "LAST_ACK":
      if (tcp.flags & ACK && tcp.ack === sock.sndNxt) close(netns, sock);
      else if (tcp.flags & FIN) {
        sendSegment(net, netns, sock, ACK);
        armFin(net, sock);
      }
      return;
    case "TIME_WAIT":
      // The peer sent its FIN again (our ACK was lost): acknowledge it again.
      if (tcp.flags & FIN) sendSegment(net, netns, sock, ACK);
      return;
    default:
      return;
  }
}

function receiveData(net: Net, netns: Netns, sock: TcpSock, tcp: TcpHeader, data: string): void {
  if (data) {
    sock.received += data;
    sock.listener?.onData?.(data, sock.remote, sock.rport);
    sock.rcvNxt = (sock.rcvNxt + data.length) >>> 0;
    // Quick-ack mode at the start of a connection: data is acknowledged at once.
    sendSegment(net, netns, sock, ACK);
    const relay = sock.listener?.relay;
    const answer = relay ? relay.data(net, netns, sock, data) : sock.listener?.answer?.(sock.received);
    if (answer !== undefined) sendSegment(net, netns, sock, PSH | ACK, answer);
  }
  if (tcp.flags & FIN) {
    sock.rcvNxt = (sock.rcvNxt + 1) >>> 0;
    if (sock.state === "ESTABLISHED") {
      sock.listener?.relay?.close(net, netns, sock);
      // The peer closed; the application reads EOF and closes too: one FIN that also acks theirs.
      sock.state = "LAST_ACK";
      sendSegment(net, netns, sock, FIN | ACK);
      armFin(net, sock);
    } else {
      sock.state = "TIME_WAIT";
      sendSegment(net, netns, sock, ACK);
    }
    return;
  }
  if (sock.state === "FIN_WAIT1" && tcp.flags & ACK && tcp.ack === sock.sndNxt) sock.state = "FIN_WAIT2";
}

/** close(): send our FIN. */
export function tcpClose(net: Net, netns: Netns, sock: TcpSock, unread = false): void {
  if (sock.state !== "ESTABLISHED") return;
  if (unread) {
    // tcp_close with data the application never read: an abortive close (tcp_send_active_reset).
    sock.state = "CLOSED";
    sendSegment(net, netns, sock, RST | ACK);
    return;
  }
  sock.state = "FIN_WAIT1";
  sendSegment(net, netns, sock, FIN | ACK);
  armFin(net, sock);
}
