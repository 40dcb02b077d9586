import { releaseSocket, tcpConnect } from "../stack/client";
import type { TcpSock } from "../stack/socket";
import {
  connectLimit,
  elapsedMs,
  fail,
  ip,
  timedOutAfter,
  type CurlFailure,
  type CurlSession,
} from "./curl-session";

/** The first port of --local-port's range that no TCP socket of the namespace holds. */
function localPort(s: CurlSession): number | undefined | CurlFailure {
  const range = s.args.localPorts;
  if (!range) return undefined;
  for (let port = range[0]; port <= range[1]; port++) {
    if (
      !s.ctx.netns.sockets.some((k) =>
        k.kind === "tcp" ? k.lport === port : k.kind === "listen" && k.proto === 6 && k.port === port,
      )
    )
      return port;
  }
  return fail(s, 45, "bind failed with errno 98: Address already in use");
}

/**
 * Curl_connecthost: one connect() to the address, limited by --connect-timeout or -m; the kernel's
 * own SYN retries end it first when neither is shorter than them.
 */
export function curlConnect(s: CurlSession): TcpSock | CurlFailure {
  const { url } = s;
  s.log.push(`*   Trying ${ip(s)}:${url.port}...\n`);
  const sport = localPort(s);
  if (typeof sport === "object") return sport;
  const limit = connectLimit(s.args);
  const sock = tcpConnect(s.net, s.ctx.netns, {
    dst: s.dst,
    dport: url.port,
    owner: "curl",
    timeoutMs: limit.ms,
    ...(sport !== undefined ? { sport } : {}),
  });
  if (typeof sock !== "string" && sock.state === "ESTABLISHED") {
    s.log.push(`* Connected to ${url.host} (${ip(s)}) port ${url.port} (#0)\n`);
    return sock;
  }
  const errno = typeof sock === "string" ? sock : (sock.error ?? "Connection refused");
  if (typeof sock !== "string") releaseSocket(s.ctx.netns, sock);
  if (errno === "Operation now in progress") {
    if (limit.byMaxTime) return fail(s, 28, `Connection timed out after ${timedOutAfter(s)} milliseconds`);
    s.log.push(`* ipv4 connect timeout after ${limit.ms}ms, move on!\n`);
    return fail(
      s,
      28,
      `Failed to connect to ${url.host} port ${url.port} after ${timedOutAfter(s)} ms: Timeout was reached`,
    );
  }
  s.log.push(`* connect to ${ip(s)} port ${url.port} failed: ${errno}\n`);
  // The kernel giving up on the SYNs (ETIMEDOUT) is a timeout to curl too.
  return fail(
    s,
    errno === "Connection timed out" ? 28 : 7,
    `Failed to connect to ${url.host} port ${url.port} after ${elapsedMs(s)} ms: Couldn't connect to server`,
  );
}
