import { formatAddr } from "../iptables/address";
import type { Command, CommandContext } from "../shell/command";
import { writeFile } from "../shell/fs";
import { releaseSocket, tcpShutdown } from "../stack/client";
import { settleFins } from "../stack/fin-timer";
import { createNet } from "../stack/net";
import type { TcpSock } from "../stack/socket";
import { parseCurlArgs, type CurlArgs } from "./curl-args";
import { curlConnect } from "./curl-connect";
import { httpExchange, type HttpResponse } from "./curl-http";
import { METER_HEAD, meterLine, meterUpdates } from "./curl-meter";
import type { CurlFailure, CurlSession } from "./curl-session";
import { tlsHandshake } from "./curl-tls";
import { parseCurlUrl, type CurlUrl } from "./curl-url";
import { writeOut } from "./curl-writeout";
import { resolveHost } from "./resolve";

/** Ctrl-C: 128 + SIGINT. */
const INTERRUPTED = 130;

type Outcome = HttpResponse | CurlFailure | "interrupted";

interface Transfer {
  readonly outcome: Outcome;
  readonly local?: { readonly addr: number; readonly port: number };
}

/** Connect, then TLS (which always fails here) or the HTTP exchange; the socket is closed after. */
function transfer(s: CurlSession): Transfer {
  const sock: TcpSock | CurlFailure = curlConnect(s);
  if (!("kind" in sock)) return { outcome: sock };
  const outcome = s.url.scheme === "https" ? tlsHandshake(s, sock) : httpExchange(s, sock);
  // OpenSSL reads a record header of a plain-HTTP answer and gives up: the rest stays unread.
  const unread = s.url.scheme === "https" && sock.received !== "";
  tcpShutdown(s.net, s.ctx.netns, sock, unread);
  settleFins(s.net);
  releaseSocket(s.ctx.netns, sock);
  return { outcome, local: { addr: sock.local, port: sock.lport } };
}

/** What curl prints once the transfer is over: the body (or file), -v's last word, the error, -w. */
function finish(
  ctx: CommandContext,
  args: CurlArgs,
  url: CurlUrl,
  dst: number | undefined,
  t: Transfer,
): number {
  const { outcome } = t;
  const response = typeof outcome === "object" && "head" in outcome ? outcome : undefined;
  const failure = typeof outcome === "object" && "code" in outcome ? outcome : undefined;
  if (response) {
    const text = (args.include || args.head ? response.head : "") + response.body;
    if (args.output === undefined) ctx.stdout.write(text);
    else writeFile(ctx.world, args.output, text, false);
  }
  if (args.verbose)
    ctx.stderr.write(
      response ? `* Connection #0 to host ${url.host} left intact\n` : "* Closing connection 0\n",
    );
  const code = failure?.code ?? 0;
  if (failure && (!args.silent || args.showError)) ctx.stderr.write(`curl: (${code}) ${failure.message}\n`);
  if (args.writeOut !== undefined) {
    const { out, err } = writeOut(args.writeOut, {
      httpCode: response?.status ?? 0,
      remoteIp: dst === undefined ? "" : formatAddr(dst),
      remotePort: dst === undefined ? 0 : url.port,
      localIp: t.local ? formatAddr(t.local.addr) : "",
      localPort: t.local?.port ?? 0,
      sizeDownload: response?.body.length ?? 0,
      sizeHeader: response?.head.length ?? 0,
      urlEffective: url.effective,
      exitcode: code,
      errormsg: failure?.message ?? "",
      contentType: response?.contentType ?? "",
      numConnects: t.local ? 1 : 0,
    });
    ctx.stderr.write(err);
    ctx.stdout.write(out);
  }
  return code;
}

/**
 * `curl` (7.88.1): one HTTP transfer on the packet path. As at a terminal, the progress meter shows
 * only when the body goes to a file (-o); piped output is not told apart from the terminal here.
 */
export const curl: Command = (ctx) => {
  const args = parseCurlArgs(ctx.argv.slice(1));
  if ("error" in args) {
    ctx.stderr.write(args.error);
    return args.status;
  }
  const url = parseCurlUrl(args.url);
  if ("unsupported" in url) {
    ctx.stderr.write(url.unsupported);
    return 1;
  }
  if ("code" in url) {
    if (!args.silent || args.showError) ctx.stderr.write(`curl: (${url.code}) ${url.message}\n`);
    return url.code;
  }
  const tty = args.output === undefined;
  const meter = !args.silent && !tty;
  if (meter) ctx.stderr.write(METER_HEAD + meterLine(0, 0, 0));
  const start = ctx.world.clock;
  const dst = resolveHost(url.host);
  const log: string[] = [];
  let t: Transfer;
  if (dst === undefined) {
    log.push(`* Could not resolve host: ${url.host}\n`);
    t = { outcome: { code: 6, message: `Could not resolve host: ${url.host}` } };
  } else {
    const net = createNet(ctx.world, ctx.world.trace);
    t = transfer({ ctx, args, url, net, dst, start, tty, log });
  }
  if (args.verbose) ctx.stderr.write(log.join(""));
  if (t.outcome === "interrupted") return INTERRUPTED;
  if (meter && dst !== undefined) {
    const response = "head" in t.outcome ? t.outcome : undefined;
    ctx.stderr.write(
      meterUpdates(ctx.world.clock - start, response?.size ?? 0, response?.body.length ?? 0) + "\n",
    );
  }
  return finish(ctx, args, url, dst, t);
};
