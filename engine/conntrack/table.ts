import { ZONE_DIR, zoneIdOf, type Conn, type CtZone, type Tuple } from "./conn";
import { sameTuple, TupleIndex } from "./tuple-index";

/** A namespace's conntrack table: confirmed entries, findable by either direction's tuple. */
export interface ConntrackTable {
  /** Tuple → entry, for both the original and the reply tuple. */
  readonly byTuple: TupleIndex;
  /** Confirmed entries in creation order, as `conntrack -L` walks them. */
  readonly entries: Set<Conn>;
  nextId: number;
  /**
   * No entry expires before this time (a lower bound, kept by insertConn and noteExpiry), so that
   * expireConns, run for every packet, walks the table only once something may have expired.
   */
  earliestExpiry: number;
}

export function createConntrackTable(): ConntrackTable {
  return { byTuple: new TupleIndex(), entries: new Set(), nextId: 1, earliestExpiry: Infinity };
}

export const tupleEqual = sameTuple;

const isExpired = (conn: Conn, now: number): boolean => conn.expires <= now;

/**
 * One bucket's worth of __nf_conntrack_find: the entry with `tuple` hashed under zone id `id` whose
 * tuple is, in its own direction, in the zone `zone` gives that direction (nf_ct_key_equal).
 */
function findInBucket(
  table: ConntrackTable,
  tuple: Tuple,
  zone: CtZone | undefined,
  id: number,
): Conn | undefined {
  const conn = table.byTuple.get(tuple, id);
  if (conn === undefined || zone === undefined || zone.dir === ZONE_DIR.BOTH) return conn;
  const reply = !(zoneIdOf(conn.zone, false) === id && sameTuple(conn.orig, tuple));
  return zoneIdOf(zone, reply) === id ? conn : undefined;
}

/**
 * nf_conntrack_find_get: the confirmed entry one of whose tuples is `tuple` in `zone`, if it is still
 * alive at `now`. A directional zone looks in the original direction's zone, then the reply's.
 */
export function findConn(table: ConntrackTable, tuple: Tuple, now: number, zone?: CtZone): Conn | undefined {
  const id = zoneIdOf(zone, false);
  const rid = zoneIdOf(zone, true);
  const conn =
    findInBucket(table, tuple, zone, id) ?? (rid !== id ? findInBucket(table, tuple, zone, rid) : undefined);
  return conn && !isExpired(conn, now) ? conn : undefined;
}

/**
 * __nf_conntrack_confirm's clash check: does another entry already hold either of `conn`'s tuples,
 * each in the zone of its direction?
 */
export function clashes(table: ConntrackTable, conn: Conn): boolean {
  const { zone } = conn;
  return (
    findInBucket(table, conn.orig, zone, zoneIdOf(zone, false)) !== undefined ||
    findInBucket(table, conn.reply, zone, zoneIdOf(zone, true)) !== undefined
  );
}

/**
 * nf_conntrack_tuple_taken: is `tuple` (a would-be reply tuple) already one direction of another live
 * confirmed entry in `ignore`'s zone? An entry with the same original tuple and zone as `ignore` is the
 * same flow and does not count (confirm sorts that out). `now` defaults to "nothing is expired" for
 * callers that purged just before.
 */
export function tupleTaken(table: ConntrackTable, tuple: Tuple, ignore: Conn, now = -Infinity): boolean {
  const conn = findInBucket(table, tuple, ignore.zone, zoneIdOf(ignore.zone, true));
  if (!conn || conn === ignore || isExpired(conn, now)) return false;
  return !tupleEqual(conn.orig, ignore.orig) || zoneIdOf(conn.zone, false) !== zoneIdOf(ignore.zone, false);
}

/** Puts a confirmed entry into the hash under both of its tuples, each with its direction's zone id. */
export function insertConn(table: ConntrackTable, conn: Conn): void {
  table.byTuple.set(conn.orig, zoneIdOf(conn.zone, false), conn);
  table.byTuple.set(conn.reply, zoneIdOf(conn.zone, true), conn);
  table.entries.add(conn);
  noteExpiry(table, conn.expires);
}

/** An entry's timeout moved to `expires` (nf_ct_refresh): the next walk may have to come sooner. */
export function noteExpiry(table: ConntrackTable, expires: number): void {
  if (expires < table.earliestExpiry) table.earliestExpiry = expires;
}

/** nf_ct_delete: takes an entry out of the hash. */
export function deleteConn(table: ConntrackTable, conn: Conn): void {
  for (const reply of [false, true]) {
    const tuple = reply ? conn.reply : conn.orig;
    const id = zoneIdOf(conn.zone, reply);
    if (table.byTuple.get(tuple, id) === conn) table.byTuple.delete(tuple, id);
  }
  table.entries.delete(conn);
}

/** `conntrack -F`: empties the table. Creation ids keep counting. */
export function flushTable(table: ConntrackTable): void {
  table.byTuple.clear();
  table.entries.clear();
}

/** The garbage collector's work, done lazily: drops every entry whose timeout has run out by `now`. */
export function expireConns(table: ConntrackTable, now: number): void {
  if (now < table.earliestExpiry) return;
  let earliest = Infinity;
  for (const conn of table.entries) {
    if (isExpired(conn, now)) deleteConn(table, conn);
    else if (conn.expires < earliest) earliest = conn.expires;
  }
  table.earliestExpiry = earliest;
}
