import { describe, expect, it } from "vitest";
import type { Conn, Tuple } from "./conn";
import { testConn } from "../netfilter/test-packet";
import { TupleIndex } from "./tuple-index";

const tuple = (i: number): Tuple => ({
  src: 0xac110000 + (i >> 6),
  dst: 0xc6120501,
  proto: 6,
  sport: 40000 + (i & 63),
  dport: 443,
});

describe("TupleIndex", () => {
  it("finds an entry by an equal tuple, not by the same object; a second set replaces, delete forgets", () => {
    const index = new TupleIndex();
    const [a, b] = [testConn({ id: 1 }), testConn({ id: 2 })];
    index.set(tuple(1), 0, a);
    expect(index.get(tuple(1))).toBe(a);
    expect(index.get(tuple(2))).toBeUndefined();
    index.set(tuple(1), 0, b);
    expect(index.get(tuple(1))).toBe(b);
    index.delete(tuple(1), 0);
    expect(index.get(tuple(1))).toBeUndefined();
  });

  it("keeps the same tuple in different zones apart", () => {
    const index = new TupleIndex();
    const [a, b] = [testConn({ id: 1 }), testConn({ id: 2 })];
    index.set(tuple(1), 0, a);
    index.set(tuple(1), 7, b);
    expect([index.get(tuple(1)), index.get(tuple(1), 7), index.get(tuple(1), 8)]).toEqual([a, b, undefined]);
    index.delete(tuple(1), 7);
    expect([index.get(tuple(1), 0), index.get(tuple(1), 7)]).toEqual([a, undefined]);
  });

  it("keeps 100,000 tuples apart (7 pairs of them share a bucket) and deletes exactly the ones asked", () => {
    const index = new TupleIndex();
    const conns: Conn[] = Array.from({ length: 100_000 }, (_, id) => testConn({ id }));
    conns.forEach((conn, i) => index.set(tuple(i), 0, conn));
    for (let i = 0; i < conns.length; i += 2) index.delete(tuple(i), 0);
    const wrong = conns.filter((conn, i) => index.get(tuple(i)) !== (i % 2 ? conn : undefined));
    expect(wrong).toEqual([]);
  });
});
