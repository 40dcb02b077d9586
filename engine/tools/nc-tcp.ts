import { releaseSocket, tcpConnect, tcpShutdown, tcpWrite } from "../stack/client";
import { settleFins } from "../stack/fin-timer";
import type { TcpSock } from "../stack/socket";
import { failed, readsDone, succeeded, waitForPeer, type NcOutcome, type NcTarget } from "./nc-session";

/** The peer has closed its side (we answered its FIN, or saw its reset). */
const peerGone = (sock: TcpSock) =>
  sock.state === "LAST_ACK" || sock.state === "CLOSED" || sock.state === "TIME_WAIT";

/** One TCP port: connect (reporting as -v asks), then, unless -z, send stdin and print the answer. */
export function ncTcp(t: NcTarget): NcOutcome {
  const { ctx, args, net } = t;
  const sock = tcpConnect(net, ctx.netns, {
    dst: t.dst,
    dport: t.port,
    owner: "nc",
    ...(t.src !== undefined ? { src: t.src } : {}),
    ...(args.sport !== undefined ? { sport: args.sport } : {}),
    ...(args.timeoutMs !== undefined ? { timeoutMs: args.timeoutMs } : {}),
  });
  if (typeof sock === "string" || sock.state !== "ESTABLISHED") {
    const errno = typeof sock === "string" ? sock : (sock.error ?? "Connection refused");
    if (args.verbose) {
      const timedOut = errno === "Operation now in progress";
      ctx.stderr.write(
        timedOut
          ? `nc: connect to ${t.label} port ${t.port} (tcp) timed out: ${errno}\n`
          : failed(t, "tcp", errno),
      );
    }
    if (typeof sock !== "string") releaseSocket(ctx.netns, sock);
    return "failed";
  }
  if (args.verbose) ctx.stderr.write(succeeded(t, "tcp"));
  let outcome: NcOutcome = "ok";
  if (!args.scan) {
    tcpWrite(net, ctx.netns, sock, ctx.stdin);
    if (args.shutdownOnEof && !peerGone(sock)) tcpShutdown(net, ctx.netns, sock);
    // The peer answers at once here, so one read takes all it sent; at -W's limit nc closes without
    // waiting for more (data the peer sends later would meet a reset).
    if (!peerGone(sock) && !readsDone(t, sock.received ? 1 : 0)) outcome = waitForPeer(t);
    ctx.stdout.write(sock.received);
  }
  tcpShutdown(net, ctx.netns, sock);
  settleFins(net);
  releaseSocket(ctx.netns, sock);
  return outcome;
}
