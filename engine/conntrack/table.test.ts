import { describe, expect, it } from "vitest";
import type { Conn, Tuple } from "./conn";
import { createConntrackTable, deleteConn, findConn, insertConn, tupleTaken } from "./table";

const t = (src: number, sport: number, dst: number, dport: number): Tuple => ({
  src,
  dst,
  proto: 17,
  sport,
  dport,
});
const conn = (id: number, orig: Tuple, reply: Tuple, expires = 30_000): Conn => ({
  id,
  orig,
  reply,
  status: 0,
  expires,
  mark: 0,
});

describe("tupleTaken (nf_conntrack_tuple_taken)", () => {
  const table = createConntrackTable();
  const first = conn(1, t(1, 1000, 9, 53), t(9, 53, 5, 1000));
  insertConn(table, first);
  const other = conn(2, t(2, 1000, 9, 53), t(9, 53, 2, 1000));

  it("finds another live entry holding the tuple in either direction", () => {
    expect(tupleTaken(table, t(9, 53, 5, 1000), other)).toBe(true);
    expect(tupleTaken(table, t(1, 1000, 9, 53), other)).toBe(true);
    expect(tupleTaken(table, t(9, 53, 5, 1001), other)).toBe(false);
  });

  it("ignores the asking entry, expired entries and entries of the same original tuple", () => {
    expect(tupleTaken(table, t(9, 53, 5, 1000), first)).toBe(false);
    expect(tupleTaken(table, t(9, 53, 5, 1000), other, 30_000)).toBe(false);
    const sameFlow = conn(3, t(1, 1000, 9, 53), t(9, 53, 1, 1000));
    expect(tupleTaken(table, t(9, 53, 5, 1000), sameFlow)).toBe(false);
  });

  it("finds entries by both tuples until they are deleted", () => {
    expect(findConn(table, t(9, 53, 5, 1000), 0)).toBe(first);
    expect(findConn(table, t(1, 1000, 9, 53), 29_999)).toBe(first);
    expect(findConn(table, t(1, 1000, 9, 53), 30_000)).toBeUndefined();
    deleteConn(table, first);
    expect(findConn(table, t(1, 1000, 9, 53), 0)).toBeUndefined();
    expect(table.entries.size).toBe(0);
  });
});
