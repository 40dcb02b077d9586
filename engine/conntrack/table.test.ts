import { describe, expect, it } from "vitest";
import { ZONE_DIR, type Conn, type CtZone, type Tuple } from "./conn";
import { createConntrackTable, deleteConn, findConn, insertConn, tupleTaken } from "./table";

const t = (src: number, sport: number, dst: number, dport: number): Tuple => ({
  src,
  dst,
  proto: 17,
  sport,
  dport,
});
const conn = (id: number, orig: Tuple, reply: Tuple, expires = 30_000, zone?: CtZone): Conn => ({
  id,
  orig,
  reply,
  status: 0,
  expires,
  mark: 0,
  zone,
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

describe("zones (nf_ct_key_equal)", () => {
  const zone7 = { id: 7, dir: ZONE_DIR.BOTH };
  const table = createConntrackTable();
  const inZone7 = conn(1, t(1, 1000, 9, 53), t(9, 53, 5, 1000), 30_000, zone7);
  const origOnly = conn(2, t(2, 1000, 9, 53), t(9, 53, 2, 1000), 30_000, { id: 6, dir: ZONE_DIR.ORIG });
  insertConn(table, inZone7);
  insertConn(table, origOnly);

  it("finds an entry's tuples only in its zone, each direction in the zone that direction has", () => {
    expect(findConn(table, t(1, 1000, 9, 53), 0)).toBeUndefined();
    expect(findConn(table, t(1, 1000, 9, 53), 0, zone7)).toBe(inZone7);
    expect(findConn(table, t(9, 53, 5, 1000), 0, zone7)).toBe(inZone7);
    expect(findConn(table, t(2, 1000, 9, 53), 0)).toBeUndefined();
    expect(findConn(table, t(2, 1000, 9, 53), 0, { id: 6, dir: ZONE_DIR.ORIG })).toBe(origOnly);
    expect(findConn(table, t(9, 53, 2, 1000), 0)).toBe(origOnly);
    expect(findConn(table, t(9, 53, 2, 1000), 0, { id: 6, dir: ZONE_DIR.BOTH })).toBeUndefined();
  });

  it("takes a tuple only for entries of the asking entry's zone", () => {
    const other = (zone?: CtZone) => conn(3, t(3, 1000, 9, 53), t(9, 53, 3, 1000), 30_000, zone);
    expect(tupleTaken(table, t(9, 53, 5, 1000), other())).toBe(false);
    expect(tupleTaken(table, t(9, 53, 5, 1000), other(zone7))).toBe(true);
    expect(tupleTaken(table, t(9, 53, 2, 1000), other())).toBe(true);
  });

  it("deletes both tuples from their zones", () => {
    deleteConn(table, inZone7);
    expect(findConn(table, t(9, 53, 5, 1000), 0, zone7)).toBeUndefined();
    expect(findConn(table, t(1, 1000, 9, 53), 0, zone7)).toBeUndefined();
  });
});
