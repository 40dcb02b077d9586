import type { Conn, Tuple } from "./conn";

/** A namespace's conntrack table: confirmed entries, findable by either direction's tuple. */
export interface ConntrackTable {
  /** Tuple key (see tupleKey) → entry, for both the original and the reply tuple. */
  readonly byTuple: Map<string, Conn>;
  /** Confirmed entries in creation order, as `conntrack -L` walks them. */
  readonly entries: Set<Conn>;
  nextId: number;
}

export function createConntrackTable(): ConntrackTable {
  return { byTuple: new Map(), entries: new Set(), nextId: 1 };
}

/** The hash key of a tuple: one string per (src, dst, proto, sport, dport). */
export function tupleKey(t: Tuple): string {
  return `${t.src},${t.dst},${t.proto},${t.sport},${t.dport}`;
}

export function tupleEqual(a: Tuple, b: Tuple): boolean {
  return tupleKey(a) === tupleKey(b);
}

const isExpired = (conn: Conn, now: number): boolean => conn.expires <= now;

/** The confirmed entry one of whose tuples is `tuple` (__nf_conntrack_find), if it is still alive at `now`. */
export function findConn(table: ConntrackTable, tuple: Tuple, now: number): Conn | undefined {
  const conn = table.byTuple.get(tupleKey(tuple));
  return conn && !isExpired(conn, now) ? conn : undefined;
}

/**
 * nf_conntrack_tuple_taken: is `tuple` (a would-be reply tuple) already one direction of another live
 * confirmed entry? An entry with the same original tuple as `ignore` is the same flow and does not count
 * (confirm sorts that out). `now` defaults to "nothing is expired" for callers that purged just before.
 */
export function tupleTaken(table: ConntrackTable, tuple: Tuple, ignore: Conn, now = -Infinity): boolean {
  const conn = table.byTuple.get(tupleKey(tuple));
  if (!conn || conn === ignore || isExpired(conn, now)) return false;
  return !tupleEqual(conn.orig, ignore.orig);
}

/** Puts a confirmed entry into the hash under both of its tuples. */
export function insertConn(table: ConntrackTable, conn: Conn): void {
  table.byTuple.set(tupleKey(conn.orig), conn);
  table.byTuple.set(tupleKey(conn.reply), conn);
  table.entries.add(conn);
}

/** nf_ct_delete: takes an entry out of the hash. */
export function deleteConn(table: ConntrackTable, conn: Conn): void {
  for (const t of [conn.orig, conn.reply]) {
    if (table.byTuple.get(tupleKey(t)) === conn) table.byTuple.delete(tupleKey(t));
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
  for (const conn of table.entries) if (isExpired(conn, now)) deleteConn(table, conn);
}
