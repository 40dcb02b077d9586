import { IPS } from "./conn";
import { isConfirmed, refresh, type L4Context, type L4Verdict } from "./l4";
import { timeoutMs } from "./timeouts";

/** A flow must still be alive this long after its first packet to count as a stream. */
const STREAM_AFTER_MS = 2000;

/**
 * nf_conntrack_udp_packet (since 2021, d535c8a69c19): unreplied flows get 30 s; a replied flow gets
 * the 120 s stream timeout and [ASSURED] only for packets more than 2 s after its first one.
 */
export function udpPacket(ctx: L4Context): L4Verdict {
  const { conn, netns, now } = ctx;
  if (!isConfirmed(conn)) conn.streamAt = now + STREAM_AFTER_MS;
  if (!(conn.status & IPS.SEEN_REPLY)) {
    refresh(ctx, timeoutMs(netns, "udp_timeout"));
    return "accept";
  }
  const stream = now > (conn.streamAt ?? now);
  refresh(ctx, timeoutMs(netns, stream ? "udp_timeout_stream" : "udp_timeout"));
  // A flow that won a NAT clash is never assured: it is meant to time out soon.
  if (stream && !(conn.status & IPS.NAT_CLASH)) conn.status |= IPS.ASSURED;
  return "accept";
}
