import type { Netns } from "../world";
import type { Net } from "./net";
import { TCP } from "./packet";
import { drain } from "./receive";
import type { TcpSock } from "./socket";
import { sendSegment } from "./tcp";
import { abortTcpSockets, tcpSockets } from "./tcp-sockets";

/** TCP_RTO_MIN: the retransmission timeout of a connection whose round trip takes microseconds. */
const RTO_MS = 200;
/**
 * How long half-closed connections get to finish after a client closes: what the kernel lab waits
 * for them after a command line (netplay_settle_tcp) before it aborts what is left.
 */
const SETTLE_MS = 1000;

/**
 * Our FIN went out: it goes again after the RTO unless acknowledged (tcp_retransmit_timer). A segment
 * from the peer that acknowledges nothing new (its own FIN sent again) starts the timer over from the
 * shortest RTO, as measured: a server's FIN then goes again at 0.2, 0.4 and 0.8 s.
 */
export function armFin(net: Net, sock: TcpSock): void {
  sock.finTimer = { due: net.world.clock + RTO_MS, timeouts: 0 };
}

const awaitsFinAck = (sock: TcpSock) => sock.state === "FIN_WAIT1" || sock.state === "LAST_ACK";

function dueFin(net: Net, until: number): readonly [Netns, TcpSock] | undefined {
  let first: readonly [Netns, TcpSock] | undefined;
  for (const [netns, sock] of tcpSockets(net)) {
    if (!awaitsFinAck(sock) || !sock.finTimer || sock.finTimer.due > until) continue;
    // Timers due together fire from the latest armed: a server's FIN answered the client's.
    const before = first?.[1].finTimer!.due;
    if (before === undefined || sock.finTimer.due < before || (sock.finTimer.due === before && sock.listener))
      first = [netns, sock];
  }
  return first;
}

/**
 * After a client closes, the FINs no one acknowledged (a firewall dropped them or their ACK) go again
 * on their timers, 200 ms and then twice as long each time, for as long as the lab would wait; the
 * server connections still waiting for their last ACK then are aborted silently, as the lab's
 * `ss -K` does, so that no later line sees their retransmissions.
 */
export function settleFins(net: Net): void {
  const until = net.world.clock + SETTLE_MS;
  for (let next = dueFin(net, until); next; next = dueFin(net, until)) {
    const [netns, sock] = next;
    const { due, timeouts } = sock.finTimer!;
    net.world.clock = due;
    sock.finTimer = { due: due + (RTO_MS << (timeouts + 1)), timeouts: timeouts + 1 };
    sock.sndNxt = (sock.sndNxt - 1) >>> 0;
    sendSegment(net, netns, sock, TCP.FIN | TCP.ACK);
    drain(net);
  }
  abortTcpSockets(net, (s) => s.listener !== undefined && s.state === "LAST_ACK");
}
