import type { CommandContext } from "../shell/command";
import type { Net } from "../stack/net";
import type { NcArgs } from "./nc-args";

/** How one port went: connected, failed, or stopped as Ctrl-C would stop it (see waitForPeer). */
export type NcOutcome = "ok" | "failed" | "interrupted";

/** What a TCP or UDP session needs: the command, its options, the packet path, and the target. */
export interface NcTarget {
  readonly ctx: CommandContext;
  readonly args: NcArgs;
  readonly net: Net;
  readonly dst: number;
  readonly port: number;
  /** The bound source address (-s), if any. */
  readonly src?: number;
  /** The target as nc names it in messages: "10.0.0.2" or "localhost (127.0.0.1)". */
  readonly label: string;
  /** The service name from /etc/services, "*" when it has none or with -n. */
  readonly service: string;
}

export const succeeded = (t: NcTarget, proto: "tcp" | "udp") =>
  `Connection to ${t.label} ${t.port} port [${proto}/${t.service}] succeeded!\n`;

export const failed = (t: NcTarget, proto: "tcp" | "udp", errno: string) =>
  `nc: connect to ${t.label} port ${t.port} (${proto}) failed: ${errno}\n`;

/**
 * -W: whether nc has made its last read from the network, `reads` reads in. A read takes what has
 * arrived by then (on UDP, one datagram); the end of the peer's data is a read too.
 */
export const readsDone = (t: NcTarget, reads: number): boolean =>
  t.args.recvLimit !== undefined && reads >= t.args.recvLimit;

/**
 * After stdin is spent and the peer still has not closed, nc waits: -q or -w seconds on the virtual
 * clock, or, with neither, for ever. A playground command must end, so then nc stops as a Ctrl-C
 * would stop it (its socket closes; status 130). Returns the outcome to report.
 */
export function waitForPeer(t: NcTarget): NcOutcome {
  const wait = t.args.quitMs ?? t.args.timeoutMs;
  if (wait === undefined) return "interrupted";
  t.ctx.world.clock += wait;
  return "ok";
}
