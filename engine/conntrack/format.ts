import { formatAddr } from "../iptables/address";
import { IPS, ZONE_DIR, type Conn, type CtZone, type Tuple } from "./conn";
import { icmpCodeOf, icmpTypeOf, IPPROTO_ICMP } from "./tuple";

/** libnetfilter_conntrack's protocol names; anything else prints as "unknown". */
const L4_NAMES: Readonly<Record<number, string>> = {
  6: "tcp",
  17: "udp",
  136: "udplite",
  1: "icmp",
  58: "icmpv6",
  132: "sctp",
  47: "gre",
  33: "dccp",
};

export const l4ProtoName = (proto: number): string => L4_NAMES[proto] ?? "unknown";

function formatTuple(t: Tuple): string {
  const addrs = `src=${formatAddr(t.src)} dst=${formatAddr(t.dst)} `;
  if (t.proto === IPPROTO_ICMP) return `${addrs}type=${icmpTypeOf(t)} code=${icmpCodeOf(t)} id=${t.sport} `;
  if (t.proto === 6 || t.proto === 17) return `${addrs}sport=${t.sport} dport=${t.dport} `;
  return addrs;
}

/**
 * ctnetlink_dump_zone_id: a zone is dumped only when non-zero, as CTA_ZONE when it covers both
 * directions (`zone=`) or inside the one tuple it covers (`zone-orig=` / `zone-reply=`).
 */
function formatZone(zone: CtZone | undefined, dir: number, name: string): string {
  return zone && zone.id !== 0 && zone.dir === dir ? `${name}=${zone.id} ` : "";
}

export interface FormatOptions {
  /** `-o extended`: the layer-3 protocol first. */
  readonly extended?: boolean;
}

/**
 * One `conntrack -L` line as conntrack-tools 1.4.7 prints it (__snprintf_conntrack_default), without
 * the newline. The timeout is the whole seconds left, as the kernel's ctnetlink dump rounds it down.
 * Accounting, secmark and timestamps are off in the playground, so their fields never appear.
 */
export function formatConn(conn: Conn, now: number, options: FormatOptions = {}): string {
  let line = options.extended ? "ipv4     2 " : "";
  line += `${l4ProtoName(conn.orig.proto).padEnd(8)} ${conn.orig.proto} `;
  line += `${Math.max(0, Math.floor((conn.expires - now) / 1000))} `;
  if (conn.tcpState) line += `${conn.tcpState} `;
  line += formatTuple(conn.orig) + formatZone(conn.zone, ZONE_DIR.ORIG, "zone-orig");
  if (!(conn.status & IPS.SEEN_REPLY)) line += "[UNREPLIED] ";
  line += formatTuple(conn.reply) + formatZone(conn.zone, ZONE_DIR.REPL, "zone-reply");
  if (conn.status & IPS.ASSURED) line += "[ASSURED] ";
  line += `mark=${conn.mark >>> 0} ${formatZone(conn.zone, ZONE_DIR.BOTH, "zone")}use=1`;
  return line;
}
