import { TCP, type TcpHeader } from "../stack/packet";
import { IPS, TCP_STATES, type TcpIndex, type TcpState } from "./conn";
import { isConfirmed, kill, refresh, type L4Context, type L4Verdict } from "./l4";
import { tcpLoose, tcpStateTimeoutMs, timeoutMs } from "./timeouts";

/** A table cell: the next state, "IV" (invalid packet) or "IG" (ignored: passes, state and timer unchanged). */
type Next = TcpState | "IV" | "IG";

const SS = "SYN_SENT",
  SR = "SYN_RECV",
  ES = "ESTABLISHED",
  FW = "FIN_WAIT",
  CW = "CLOSE_WAIT",
  LA = "LAST_ACK",
  TW = "TIME_WAIT",
  CL = "CLOSE",
  S2 = "SYN_SENT2";

/**
 * tcp_conntracks[dir][index][state] of current mainline. Columns follow TCP_STATES:
 * NONE SYN_SENT SYN_RECV ESTABLISHED FIN_WAIT CLOSE_WAIT LAST_ACK TIME_WAIT CLOSE SYN_SENT2.
 */
const ORIGINAL: Readonly<Record<TcpIndex, readonly Next[]>> = {
  syn: [SS, SS, "IG", "IG", "IG", "IG", "IG", SS, SS, S2],
  synack: ["IV", "IV", SR, "IV", "IV", "IV", "IV", "IV", "IV", SR],
  fin: ["IV", "IV", FW, FW, LA, LA, LA, TW, CL, "IV"],
  ack: [ES, "IV", ES, ES, CW, CW, TW, TW, CL, "IV"],
  rst: ["IV", CL, CL, CL, CL, CL, CL, CL, CL, CL],
  none: ["IV", "IV", "IV", "IV", "IV", "IV", "IV", "IV", "IV", "IV"],
};
const REPLY: Readonly<Record<TcpIndex, readonly Next[]>> = {
  syn: ["IV", S2, "IV", "IV", "IV", "IV", "IV", SS, "IV", S2],
  synack: ["IV", SR, "IG", "IG", "IG", "IG", "IG", "IG", "IG", SR],
  fin: ["IV", "IV", FW, FW, LA, LA, LA, TW, CL, "IV"],
  ack: ["IV", "IG", SR, ES, CW, CW, TW, TW, CL, "IG"],
  rst: ["IV", CL, CL, CL, CL, CL, CL, CL, CL, CL],
  none: ["IV", "IV", "IV", "IV", "IV", "IV", "IV", "IV", "IV", "IV"],
};

/** tcp_valid_flags: the flag combinations tcp_error lets through (PSH, ECE and CWR aside). */
const VALID_FLAGS: ReadonlySet<number> = new Set([
  TCP.SYN,
  TCP.SYN | TCP.URG,
  TCP.SYN | TCP.ACK,
  TCP.RST,
  TCP.RST | TCP.ACK,
  TCP.FIN | TCP.ACK,
  TCP.FIN | TCP.ACK | TCP.URG,
  TCP.ACK,
  TCP.ACK | TCP.URG,
]);
const FLAG_BITS = TCP.FIN | TCP.SYN | TCP.RST | TCP.ACK | TCP.URG;

/** get_conntrack_index: RST first, then SYN (SYN-ACK with ACK), then FIN, then ACK. */
export function tcpIndex(flags: number): TcpIndex {
  if (flags & TCP.RST) return "rst";
  if (flags & TCP.SYN) return flags & TCP.ACK ? "synack" : "syn";
  if (flags & TCP.FIN) return "fin";
  if (flags & TCP.ACK) return "ack";
  return "none";
}

const stateRank = (s: TcpState): number => TCP_STATES.indexOf(s);

/**
 * nf_conntrack_tcp_packet without window tracking: sequence numbers are not checked, so every packet
 * counts as in-window, and the RETRANS/UNACK/zero-window timeout caps (which need it) never apply.
 */
export function tcpPacket(ctx: L4Context, th: TcpHeader): L4Verdict {
  const { conn, netns, reply } = ctx;
  if (!VALID_FLAGS.has(th.flags & FLAG_BITS)) return "invalid";
  const index = tcpIndex(th.flags);

  if (!isConfirmed(conn)) {
    // tcp_new: only a SYN opens a connection, or (nf_conntrack_tcp_loose) an ACK picked up mid-stream.
    const first = ORIGINAL[index][0]!;
    if (first === "IV" || (first !== SS && !tcpLoose(netns))) return "invalid";
    conn.tcpState = "NONE";
  }
  const old = conn.tcpState ?? "NONE";
  const next = (reply ? REPLY : ORIGINAL)[index][stateRank(old)]!;

  if (next === "IV") return "invalid";
  // A SYN on a closed or aborted connection (TIME_WAIT, CLOSE) reopens it: the old entry is killed and
  // the packet looked up again. Without a FIN or our own RST before, it is just ignored.
  const reopening = next === SS && stateRank(old) >= stateRank(TW);
  if (reopening && (conn.tcpCloseInit || (conn.tcpLast?.reply === reply && conn.tcpLast.index === "rst"))) {
    kill(ctx);
    return "repeat";
  }
  if (next === "IG" || reopening) {
    conn.tcpLast = { reply, index };
    return "accept";
  }

  conn.tcpLast = { reply, index };
  conn.tcpState = next;
  if (old !== next && next === FW) conn.tcpCloseInit = true;
  let timeout = index === "rst" ? timeoutMs(netns, "tcp_timeout_close") : tcpStateTimeoutMs(netns, next);

  if (!(conn.status & IPS.SEEN_REPLY)) {
    // Only a RST came back: there never was a connection, so the entry goes at once.
    if (index === "rst") {
      kill(ctx);
      return "accept";
    }
    // A retransmitted SYN does not extend the wait for an answer.
    if (index === "syn" && old === SS) return "accept";
    // Picked up mid-stream and never answered: no 5-day timeout.
    const unack = timeoutMs(netns, "tcp_timeout_unacknowledged");
    if (next === ES && timeout > unack) timeout = unack;
  } else if (!(conn.status & IPS.ASSURED) && (old === SR || old === ES) && next === ES) {
    conn.status |= IPS.ASSURED;
  }
  refresh(ctx, timeout);
  return "accept";
}
