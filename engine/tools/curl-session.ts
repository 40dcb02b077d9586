import { formatAddr } from "../iptables/address";
import type { CommandContext } from "../shell/command";
import type { Net } from "../stack/net";
import type { CurlArgs } from "./curl-args";
import type { CurlUrl } from "./curl-url";

/** One transfer under way: the command, the target, and what -v has to say so far. */
export interface CurlSession {
  readonly ctx: CommandContext;
  readonly args: CurlArgs;
  readonly url: CurlUrl;
  readonly net: Net;
  readonly dst: number;
  /** When the transfer began, on the virtual clock. */
  readonly start: number;
  /** The body goes to the terminal (no -o): curl then leaves out its "[N bytes data]" notes. */
  readonly tty: boolean;
  /** The -v lines, in order. */
  readonly log: string[];
}

/** A transfer that ended in error: its CURLcode and curl's message. */
export interface CurlFailure {
  readonly code: number;
  readonly message: string;
}

/** curl's default limit on connecting, TLS handshake included (DEFAULT_CONNECT_TIMEOUT). */
const DEFAULT_CONNECT_TIMEOUT_MS = 300000;

/** How long the connect phase may take, and whether -m (rather than --connect-timeout) sets that. */
export function connectLimit(args: CurlArgs): { ms: number; byMaxTime: boolean } {
  const connect = args.connectTimeoutMs || DEFAULT_CONNECT_TIMEOUT_MS;
  if (args.maxTimeMs && args.maxTimeMs <= connect) return { ms: args.maxTimeMs, byMaxTime: true };
  return { ms: connect, byMaxTime: false };
}

/** Milliseconds since the start as curl reports a timeout: it notices on its next tick. */
export const timedOutAfter = (s: CurlSession) => s.ctx.world.clock - s.start + 1;

export const elapsedMs = (s: CurlSession) => s.ctx.world.clock - s.start;

export const ip = (s: CurlSession) => formatAddr(s.dst);

/** Fails with `message`, which -v shows too. */
export function fail(s: CurlSession, code: number, message: string): CurlFailure {
  s.log.push(`* ${message}\n`);
  return { code, message };
}
