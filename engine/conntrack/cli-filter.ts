import { IPS, TCP_STATES, ZONE_DIR, type Conn, type TcpState } from "./conn";
import { icmpCodeOf, icmpTypeOf } from "./tuple";

/** An address option: IPv6 ones are accepted but no IPv4 entry can match them. */
export interface AddrFilter {
  readonly family: 4 | 6;
  readonly addr: number;
  readonly mask: number;
}

/** What `conntrack -L/-D` options select (conntrack.c's filter_* functions plus the kernel's CTA_FILTER). */
export interface CtFilter {
  src?: AddrFilter;
  dst?: AddrFilter;
  replySrc?: AddrFilter;
  replyDst?: AddrFilter;
  proto?: number;
  family?: 4 | 6;
  mark?: { readonly value: number; readonly mask: number };
  /** -w, --orig-zone, --reply-zone: the zone `conntrack -L` shows as zone=, zone-orig=, zone-reply=. */
  zone?: number;
  origZone?: number;
  replyZone?: number;
  /** -n/-g/-j, each with an optional address (undefined: any). */
  srcNat?: { readonly addr?: number };
  dstNat?: { readonly addr?: number };
  anyNat?: { readonly addr?: number };
  sport?: number;
  dport?: number;
  replySport?: number;
  replyDport?: number;
  state?: TcpState;
  icmpType?: number;
  icmpCode?: number;
  icmpId?: number;
}

/** conntrack-tools' TCP state names; LISTEN is its old name for the tenth state (SYN_SENT2). */
export function parseTcpState(name: string): TcpState | undefined {
  if (name === "LISTEN") return "SYN_SENT2";
  return TCP_STATES.find((s) => s === name);
}

const addrMatches = (f: AddrFilter | undefined, addr: number): boolean =>
  !f || (f.family === 4 && ((f.addr ^ addr) & f.mask) === 0);

const eq = (want: number | undefined, got: number): boolean => want === undefined || want === got;

function natMatches(conn: Conn, filter: CtFilter): boolean {
  const snat = (addr?: number) => (conn.status & IPS.SRC_NAT) !== 0 && eq(addr, conn.reply.dst);
  const dnat = (addr?: number) => (conn.status & IPS.DST_NAT) !== 0 && eq(addr, conn.reply.src);
  const { srcNat, dstNat, anyNat } = filter;
  if (anyNat && !snat(anyNat.addr) && !dnat(anyNat.addr)) return false;
  if (srcNat && !snat(srcNat.addr)) return false;
  return !dstNat || dnat(dstNat.addr);
}

/**
 * The zone attribute (ATTR_ZONE, ATTR_ORIG_ZONE or ATTR_REPL_ZONE) the dump gives the entry; nfct_cmp
 * reads an absent one as 0, so `-w 0` selects every entry without a `zone=`.
 */
function zoneAttr(conn: Conn, dir: number): number {
  const { zone } = conn;
  return zone && zone.dir === dir ? zone.id : 0;
}

function zonesMatch(conn: Conn, f: CtFilter): boolean {
  return (
    eq(f.zone, zoneAttr(conn, ZONE_DIR.BOTH)) &&
    eq(f.origZone, zoneAttr(conn, ZONE_DIR.ORIG)) &&
    eq(f.replyZone, zoneAttr(conn, ZONE_DIR.REPL))
  );
}

export function filterMatches(conn: Conn, f: CtFilter): boolean {
  const { orig, reply } = conn;
  if (f.family === 6) return false;
  if (!addrMatches(f.src, orig.src) || !addrMatches(f.dst, orig.dst)) return false;
  if (!addrMatches(f.replySrc, reply.src) || !addrMatches(f.replyDst, reply.dst)) return false;
  if (!eq(f.proto, orig.proto)) return false;
  if (f.mark && (conn.mark & f.mark.mask) >>> 0 !== f.mark.value >>> 0) return false;
  if (!natMatches(conn, f) || !zonesMatch(conn, f)) return false;
  if (!eq(f.sport, orig.sport) || !eq(f.dport, orig.dport)) return false;
  if (!eq(f.replySport, reply.sport) || !eq(f.replyDport, reply.dport)) return false;
  if (f.state !== undefined && conn.tcpState !== f.state) return false;
  return eq(f.icmpType, icmpTypeOf(orig)) && eq(f.icmpCode, icmpCodeOf(orig)) && eq(f.icmpId, orig.sport);
}
