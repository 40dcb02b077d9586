import { zoneIdOf, type Conn, type CtZone, type Tuple } from "../conntrack/conn";
import type { ConntrackTable } from "../conntrack/table";
import { inRange } from "./unique-tuple";
import type { NatRange } from "./range";
import { invert } from "./tuple";

/**
 * nf_nat_bysource: the source-NATed connections of one namespace by original source (proto, ip,
 * port), so that a new connection from the same source can reuse its mapping. Kept here, beside the
 * conntrack table it indexes, instead of in Conn: an entry conntrack has since dropped (expired,
 * flushed, or never confirmed) is skipped and forgotten when met, and the whole index is swept when
 * it outgrows the table, so conntrack need not tell NAT when it deletes.
 */
type BySource = Map<string, Conn[]>;

const indexes = new WeakMap<ConntrackTable, BySource>();

const sourceKey = (t: Tuple): string => `${t.proto},${t.src},${t.sport}`;

function indexOf(table: ConntrackTable): BySource {
  let index = indexes.get(table);
  if (!index) indexes.set(table, (index = new Map()));
  return index;
}

/** Drops every entry conntrack no longer holds; run when the index has grown past the table. */
function sweep(table: ConntrackTable, index: BySource): void {
  for (const [key, conns] of index) {
    const alive = conns.filter((c) => table.entries.has(c));
    if (alive.length) index.set(key, alive);
    else index.delete(key);
  }
}

/** Adds a connection whose source binding was just set up (nf_nat_setup_info, SRC manip). */
export function addBySource(table: ConntrackTable, conn: Conn): void {
  const index = indexOf(table);
  if (index.size > 2 * table.entries.size + 64) sweep(table, index);
  const key = sourceKey(conn.orig);
  const conns = index.get(key);
  if (conns) conns.unshift(conn);
  else index.set(key, [conn]);
}

/**
 * find_appropriate_src: the first live connection from the same source, in the same original-direction
 * zone, whose mapped source, put in front of `orig`'s destination, lies in `range`. Newest first, as
 * hlist_add_head leaves them.
 */
export function findAppropriateSrc(
  table: ConntrackTable,
  orig: Tuple,
  range: NatRange,
  zone: CtZone | undefined,
): Tuple | undefined {
  const key = sourceKey(orig);
  const conns = indexOf(table).get(key);
  if (!conns) return undefined;
  const alive = conns.filter((c) => table.entries.has(c));
  if (alive.length !== conns.length) {
    if (alive.length) indexOf(table).set(key, alive);
    else indexOf(table).delete(key);
  }
  const zoneId = zoneIdOf(zone, false);
  for (const conn of alive) {
    if (zoneIdOf(conn.zone, false) !== zoneId) continue;
    const mapped = invert(conn.reply);
    const result = { ...mapped, dst: orig.dst, dport: orig.dport };
    if (inRange(result, range)) return result;
  }
  return undefined;
}
