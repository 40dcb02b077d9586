import type { Packet } from "../stack/packet";
import type { World, Netns } from "../world";
import { CTINFO, IPS, isReply, type Conn, type CtInfo, type CtZone, type Tuple } from "./conn";
import { formatConn } from "./format";
import { refresh, type L4Context, type L4Verdict } from "./l4";
import { icmpErrorConn, icmpPacket, isIcmpError, isIcmpTypeKnown } from "./proto-icmp";
import { tcpPacket } from "./proto-tcp";
import { udpPacket } from "./proto-udp";
import { clashes, expireConns, findConn, insertConn, tupleEqual } from "./table";
import { timeoutMs } from "./timeouts";
import { invertTuple, tupleOf } from "./tuple";

/** The ctstate `-m conntrack --ctstate` will see. */
export type CtState = "NEW" | "ESTABLISHED" | "RELATED" | "INVALID" | "UNTRACKED";

/** What nf_conntrack_in did with a packet, for the trace: `entry` is the entry's `conntrack -L` line. */
export interface CtTraceResult {
  readonly action: "new" | "found" | "invalid" | "untracked";
  readonly state: CtState;
  readonly entry?: string;
}

const CTINFO_STATE: Readonly<Record<CtInfo, CtState>> = {
  [CTINFO.ESTABLISHED]: "ESTABLISHED",
  [CTINFO.RELATED]: "RELATED",
  [CTINFO.NEW]: "NEW",
  [CTINFO.ESTABLISHED_REPLY]: "ESTABLISHED",
  [CTINFO.RELATED_REPLY]: "RELATED",
};

function handlePacket(ctx: L4Context, packet: Packet): L4Verdict {
  const { l4 } = packet;
  switch (l4?.proto) {
    case 6:
      return tcpPacket(ctx, l4);
    case 17:
      return udpPacket(ctx);
    case 1:
      return icmpPacket(ctx);
    case undefined:
      // nf_conntrack_generic: any other protocol, 10 minutes per packet.
      refresh(ctx, timeoutMs(ctx.netns, "generic_timeout"));
      return "accept";
  }
}

/** init_conntrack: a new entry for the packet's tuple in its template's zone, not in the table until confirmed. */
function initConntrack(netns: Netns, orig: Tuple, zone: CtZone | undefined, now: number): Conn | undefined {
  const reply = invertTuple(orig);
  if (!reply) return undefined;
  const table = netns.conntrack;
  return { id: table.nextId++, orig, reply, status: 0, expires: now, mark: 0, zone };
}

/**
 * nf_ct_zone_tmpl: the zone the CT template asks for, its id from the mark as it is now for
 * `--zone mark`; no template, or zone 0: none. Conntrack takes the template off the packet.
 */
function templateZone(packet: Packet): CtZone | undefined {
  const template = packet.ctTemplate;
  if (!template) return undefined;
  packet.ctTemplate = undefined;
  const { zone } = template;
  const id = template.zoneFromMark ? packet.mark & 0xffff : zone.id;
  if (id === 0) return undefined;
  return id === zone.id ? zone : { id, dir: zone.dir };
}

/** resolve_normal_ct's ctinfo for a found entry: replies, then two-way traffic, then expectations. */
function ctinfoOf(conn: Conn, reply: boolean): CtInfo {
  if (reply) return CTINFO.ESTABLISHED_REPLY;
  if (conn.status & IPS.SEEN_REPLY) return CTINFO.ESTABLISHED;
  return conn.status & IPS.EXPECTED ? CTINFO.RELATED : CTINFO.NEW;
}

function attach(packet: Packet, conn: Conn | undefined, ctinfo?: CtInfo): void {
  packet.ct = conn;
  packet.ctinfo = conn ? ctinfo : undefined;
}

/**
 * The result, with the entry's `conntrack -L` line formatted only when read: the trace reads it at
 * once (a later read would show a later state); the untraced path never does, and that line was most
 * of the garbage it made per packet.
 */
function traceResult(
  action: CtTraceResult["action"],
  state: CtState,
  conn: Conn,
  now: number,
): CtTraceResult {
  return {
    action,
    state,
    get entry() {
      return formatConn(conn, now);
    },
  };
}

const INVALID: CtTraceResult = { action: "invalid", state: "INVALID" };

/**
 * nf_conntrack_in, at PREROUTING and OUTPUT (priority -200): finds or makes the packet's entry, runs
 * its protocol's state machine, and sets packet.ct / packet.ctinfo (left unset: INVALID).
 */
export function conntrackIn(world: World, netns: Netns, packet: Packet): CtTraceResult {
  const now = world.clock;
  if (packet.untracked) return { action: "untracked", state: "UNTRACKED" };
  if (packet.ct && packet.ctinfo !== undefined) {
    // Seen already (looped back through lo): nothing to do.
    return traceResult("found", CTINFO_STATE[packet.ctinfo], packet.ct, now);
  }
  attach(packet, undefined);
  const zone = templateZone(packet);
  expireConns(netns.conntrack, now);

  const { l4 } = packet;
  if (l4?.proto === 1) {
    if (!isIcmpTypeKnown(l4)) return INVALID;
    if (isIcmpError(l4)) {
      const related = icmpErrorConn(netns, now, packet.dst, l4, zone);
      if (!related) return INVALID;
      attach(packet, related.conn, related.ctinfo);
      return traceResult("found", "RELATED", related.conn, now);
    }
  }
  const tuple = tupleOf(packet);
  if (!tuple) return INVALID;

  for (;;) {
    const found = findConn(netns.conntrack, tuple, now, zone);
    const conn = found ?? initConntrack(netns, tuple, zone, now);
    if (!conn) return INVALID;
    const reply = found !== undefined && !tupleEqual(found.orig, tuple);
    const ctinfo = found ? ctinfoOf(found, reply) : CTINFO.NEW;
    attach(packet, conn, ctinfo);
    const verdict = handlePacket({ netns, now, conn, reply }, packet);
    if (verdict === "repeat") continue;
    if (verdict === "invalid") {
      attach(packet, undefined);
      return INVALID;
    }
    // Set after the tracker ran: it sees SEEN_REPLY only from the packet after the first reply.
    if (ctinfo === CTINFO.ESTABLISHED_REPLY) conn.status |= IPS.SEEN_REPLY;
    return traceResult(found ? "found" : "new", CTINFO_STATE[ctinfo], conn, now);
  }
}

/**
 * __nf_conntrack_confirm, at POSTROUTING and INPUT (last): puts the packet's new entry into the table
 * under both tuples (the reply one as NAT left it). False when another live entry already holds one of
 * them, a clash NAT could not avoid: the kernel drops the packet (insert_failed). Two packets of one
 * flow are never in flight unconfirmed at once here, so the kernel's clash resolution has nothing to do.
 */
export function conntrackConfirm(world: World, netns: Netns, packet: Packet): boolean {
  const conn = packet.ct;
  if (!conn || packet.ctinfo === undefined || isReply(packet.ctinfo) || conn.status & IPS.CONFIRMED)
    return true;
  const table = netns.conntrack;
  expireConns(table, world.clock);
  if (clashes(table, conn)) return false;
  conn.status |= IPS.CONFIRMED;
  insertConn(table, conn);
  return true;
}
