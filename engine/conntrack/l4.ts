import type { Netns } from "../world";
import { IPS, type Conn } from "./conn";
import { deleteConn, noteExpiry } from "./table";

/** What a protocol tracker is given for one packet (nf_conntrack_handle_packet's arguments). */
export interface L4Context {
  readonly netns: Netns;
  readonly now: number;
  readonly conn: Conn;
  /** The packet travels in the reply direction. */
  readonly reply: boolean;
}

/**
 * A tracker's answer: keep the packet with its entry; INVALID (the kernel's -NF_ACCEPT: the packet
 * goes on without an entry); or look the packet up again after the old entry was killed (-NF_REPEAT).
 */
export type L4Verdict = "accept" | "invalid" | "repeat";

/** nf_ct_refresh_acct: the entry lives `ms` more from now (a fixed timeout does not move). */
export function refresh(ctx: L4Context, ms: number): void {
  if (ctx.conn.status & IPS.FIXED_TIMEOUT) return;
  ctx.conn.expires = ctx.now + ms;
  noteExpiry(ctx.netns.conntrack, ctx.conn.expires);
}

/** nf_ct_kill: the entry leaves the table at once; the packet in hand keeps its reference. */
export function kill(ctx: L4Context): void {
  ctx.conn.status |= IPS.DYING;
  deleteConn(ctx.netns.conntrack, ctx.conn);
}

export const isConfirmed = (conn: Conn): boolean => (conn.status & IPS.CONFIRMED) !== 0;
