import { icmpErrno } from "../stack/icmp-error";
import { openDgram, releaseSocket, sourceFor, udpQueue, udpSendTo } from "../stack/client";
import { drain } from "../stack/receive";
import type { DgramSock } from "../stack/socket";
import { failed, readsDone, succeeded, waitForPeer, type NcOutcome, type NcTarget } from "./nc-session";

/** Destination Unreachable codes that icmp_err_convert marks fatal: a connected UDP socket reports them. */
const HARD_CODES = new Set([2, 3, 6, 7, 8, 9, 10, 13, 14, 15]);
/** How long udptest probes when -w does not say (UDP_SCAN_TIMEOUT), seconds. */
const UDP_SCAN_TIMEOUT = 3;

/** The socket's pending error (sk_err), taken as the next write or read would take it. */
function takeError(sock: DgramSock, seen: { count: number }): string | undefined {
  while (seen.count < sock.errors.length) {
    const e = sock.errors[seen.count++]!;
    if (e.type === 3 && HARD_CODES.has(e.code)) return icmpErrno(e.type, e.code);
  }
  return undefined;
}

/**
 * One UDP port. There is no handshake: -v probes with single "X" datagrams a second apart
 * (udptest) and fails quietly when the port answers unreachable; then stdin goes as one datagram.
 */
export function ncUdp(t: NcTarget): NcOutcome {
  const { ctx, args, net } = t;
  const route = t.src ?? sourceFor(ctx.netns, t.dst);
  if (typeof route === "string") {
    if (args.verbose) ctx.stderr.write(failed(t, "udp", route));
    return "failed";
  }
  const sock = openDgram(net, ctx.netns, "udp", "nc", t.src ?? 0, args.sport);
  const seen = { count: 0 };
  const write = (data: string): string | undefined =>
    takeError(sock, seen) ?? udpSendTo(net, ctx.netns, sock, t.dst, t.port, data);
  const outcome = session();
  releaseSocket(ctx.netns, sock);
  return outcome;

  function session(): NcOutcome {
    if (args.verbose) {
      if (write("X") !== undefined || write("X") === "Connection refused") return "failed";
      const seconds = args.timeoutMs !== undefined ? args.timeoutMs / 1000 : UDP_SCAN_TIMEOUT;
      for (let i = 0; i < seconds; i++) {
        ctx.world.clock += 1000;
        if (write("X") === "Connection refused") return "failed";
      }
      ctx.stderr.write(succeeded(t, "udp"));
    }
    if (args.scan) return "ok";
    if (args.quitMs !== undefined && ctx.stdin !== undefined) return quitAtEof(ctx.stdin, args.quitMs);
    // stdin goes even when -W's limit was reached on udptest's echoed probes: nc had read it already.
    if (ctx.stdin) write(ctx.stdin);
    const reads = sock.received.slice(0, args.recvLimit);
    for (const d of reads) ctx.stdout.write(d.data);
    if (readsDone(t, reads.length)) return "ok";
    // An ICMP error ends the read loop at once; otherwise nc waits for more datagrams.
    return takeError(sock, seen) !== undefined ? "ok" : waitForPeer(t);
  }

  /**
   * -q with stdin at its end: in the turn of its loop that sees stdin's end and sends what it read,
   * Debian's nc also shuts the socket down and closes it, then waits out the quit timer. An answer to
   * the data finds the port closed and draws a port unreachable. Of what came in before (udptest's
   * echoes) nc reads one datagram a turn and prints two, whatever stdin was (a pipe with or without
   * data, /dev/null, a file).
   */
  function quitAtEof(stdin: string, quitMs: number): NcOutcome {
    const before = sock.received.slice(0, Math.min(2, args.recvLimit ?? 2));
    for (const d of before) ctx.stdout.write(d.data);
    if (stdin && takeError(sock, seen) === undefined) udpQueue(net, ctx.netns, sock, t.dst, t.port, stdin);
    releaseSocket(ctx.netns, sock);
    drain(net);
    ctx.world.clock += quitMs;
    return "ok";
  }
}
