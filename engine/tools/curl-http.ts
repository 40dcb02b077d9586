import { tcpWrite } from "../stack/client";
import type { TcpSock } from "../stack/socket";
import { fail, type CurlFailure, type CurlSession } from "./curl-session";

/** What came back for the request. */
export interface HttpResponse {
  /** The status line and headers, CRLF-terminated, with the blank line that ends them. */
  readonly head: string;
  readonly status: number;
  readonly contentType: string;
  /** Content-Length, as announced (HEAD announces the size it does not send). */
  readonly size: number;
  readonly body: string;
}

/** The request curl 7.88.1 sends, byte for byte. */
export function httpRequest(method: "GET" | "HEAD", path: string, authority: string): string {
  return `${method} ${path} HTTP/1.1\r\nHost: ${authority}\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n`;
}

/** -v shows each line of a head with its direction mark: "> " sent, "< " received. */
const marked = (mark: string, head: string) =>
  head
    .split("\r\n")
    .slice(0, -1)
    .map((line) => `${mark}${line}\r\n`)
    .join("");

function header(head: string, name: string): string | undefined {
  const line = head.split("\r\n").find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line?.slice(name.length + 1).trim();
}

/** The peer has closed (we answered its FIN) without a reset. */
const peerClosed = (sock: TcpSock) =>
  !sock.error && (sock.state === "LAST_ACK" || sock.state === "CLOSED" || sock.state === "TIME_WAIT");

/**
 * Sends the request and reads the answer, which the stack delivers within the send. An answer still
 * missing (or short) then waits out -m; without -m curl would wait for ever, so "interrupted": the
 * user's Ctrl-C.
 */
export function httpExchange(s: CurlSession, sock: TcpSock): HttpResponse | CurlFailure | "interrupted" {
  const method = s.args.head ? "HEAD" : "GET";
  const request = httpRequest(method, s.url.path, s.url.authority);
  s.log.push(marked("> ", request));
  tcpWrite(s.net, s.ctx.netns, sock, request);
  const data = sock.received;
  if (data && !data.startsWith("HTTP/")) return fail(s, 1, "Received HTTP/0.9 when not allowed");
  const end = data.indexOf("\r\n\r\n");
  if (end >= 0) {
    const head = data.slice(0, end + 4);
    s.log.push(marked("< ", head));
    const size = Number(header(head, "content-length") ?? 0);
    const expected = method === "HEAD" ? 0 : size;
    const body = data.slice(end + 4, end + 4 + expected);
    if (body && !s.tty) s.log.push(`{ [${body.length} bytes data]\n`);
    if (body.length === expected) {
      const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(head)?.[1] ?? 0);
      return { head, status, contentType: header(head, "content-type") ?? "", size, body };
    }
    return waitOut(s, `${body.length} out of ${expected}`);
  }
  if (sock.error) return fail(s, 56, `Recv failure: ${sock.error}`);
  if (peerClosed(sock)) return fail(s, 52, "Empty reply from server");
  return waitOut(s, "0");
}

function waitOut(s: CurlSession, received: string): CurlFailure | "interrupted" {
  if (!s.args.maxTimeMs) return "interrupted";
  s.ctx.world.clock = s.start + s.args.maxTimeMs;
  return fail(
    s,
    28,
    `Operation timed out after ${s.args.maxTimeMs + 1} milliseconds with ${received} bytes received`,
  );
}
