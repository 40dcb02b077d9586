import { tcpWrite } from "../stack/client";
import type { TcpSock } from "../stack/socket";
import { connectLimit, fail, type CurlFailure, type CurlSession } from "./curl-session";

/**
 * A TLS 1.3 ClientHello as OpenSSL 3.0 sends it for curl: a 5-byte record header and a 512-byte
 * handshake message. Only its size and its first bytes matter here.
 */
const CLIENT_HELLO = "\x16\x03\x01\x02\x00" + "\x01\x00\x01\xfc\x03\x03" + "\x00".repeat(506);

/**
 * The TLS handshake curl starts for https://. The playground serves no TLS, so it always fails: a
 * server that answers at all answers in plain HTTP, which OpenSSL takes for a record of an unknown
 * version; one that stays silent holds curl until its connect limit (TLS is part of connecting).
 */
export function tlsHandshake(s: CurlSession, sock: TcpSock): CurlFailure {
  const note = (text: string) => {
    if (!s.tty) s.log.push(text);
  };
  s.log.push("* ALPN: offers h2,http/1.1\n");
  note("} [5 bytes data]\n");
  s.log.push("* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n");
  note("} [512 bytes data]\n");
  s.log.push("*  CAfile: /etc/ssl/certs/ca-certificates.crt\n*  CApath: /etc/ssl/certs\n");
  tcpWrite(s.net, s.ctx.netns, sock, CLIENT_HELLO);
  if (sock.received) {
    note("{ [5 bytes data]\n");
    return fail(s, 35, "OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number");
  }
  if (sock.error) {
    return fail(s, 35, `OpenSSL SSL_connect: ${sock.error} in connection to ${s.url.host}:${s.url.port} `);
  }
  const limit = connectLimit(s.args);
  s.ctx.world.clock = s.start + limit.ms;
  return limit.byMaxTime
    ? fail(s, 28, `Connection timed out after ${limit.ms + 1} milliseconds`)
    : fail(s, 28, "SSL connection timeout");
}
