import type { Conn, Tuple } from "./conn";

/** One tuple of an entry, as it was hashed in, with the zone id of its direction. */
interface Slot {
  readonly tuple: Tuple;
  readonly zone: number;
  conn: Conn;
}

/**
 * The conntrack hash (nf_conntrack_hash): a map from (tuple, zone id) to entry, compared field by
 * field. Buckets are keyed by a 30-bit mix of the five fields and the zone, a small integer, so
 * neither a lookup nor an insert builds a string; the few tuples that share a bucket sit in a list.
 */
export class TupleIndex {
  private readonly buckets = new Map<number, Slot | Slot[]>();

  get(tuple: Tuple, zone = 0): Conn | undefined {
    const bucket = this.buckets.get(tupleHash(tuple, zone));
    if (bucket === undefined) return undefined;
    if (!Array.isArray(bucket)) return isSlotOf(bucket, tuple, zone) ? bucket.conn : undefined;
    return bucket.find((slot) => isSlotOf(slot, tuple, zone))?.conn;
  }

  set(tuple: Tuple, zone: number, conn: Conn): void {
    const hash = tupleHash(tuple, zone);
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) return void this.buckets.set(hash, { tuple, zone, conn });
    const slots = Array.isArray(bucket) ? bucket : [bucket];
    const slot = slots.find((s) => isSlotOf(s, tuple, zone));
    if (slot) slot.conn = conn;
    else slots.push({ tuple, zone, conn });
    if (slots !== bucket) this.buckets.set(hash, slots);
  }

  delete(tuple: Tuple, zone: number): void {
    const hash = tupleHash(tuple, zone);
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) return;
    if (!Array.isArray(bucket)) {
      if (isSlotOf(bucket, tuple, zone)) this.buckets.delete(hash);
      return;
    }
    const rest = bucket.filter((slot) => !isSlotOf(slot, tuple, zone));
    if (rest.length === 0) this.buckets.delete(hash);
    else this.buckets.set(hash, rest.length === 1 ? rest[0]! : rest);
  }

  clear(): void {
    this.buckets.clear();
  }
}

export const sameTuple = (a: Tuple, b: Tuple): boolean =>
  a.src === b.src && a.dst === b.dst && a.proto === b.proto && a.sport === b.sport && a.dport === b.dport;

const isSlotOf = (slot: Slot, tuple: Tuple, zone: number): boolean =>
  slot.zone === zone && sameTuple(slot.tuple, tuple);

/**
 * A murmur3-style mix of the tuple's fields and zone id (which zone 0, nearly every entry's, leaves
 * out), cut to 30 bits so that V8 keeps it a small integer.
 */
function tupleHash(t: Tuple, zone: number): number {
  let h = Math.imul(t.src ^ 0x9e3779b9, 0xcc9e2d51);
  if (zone !== 0) h ^= Math.imul(zone, 0x27d4eb2f);
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ t.dst;
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h ^= Math.imul(((t.sport << 16) | t.dport) ^ (t.proto << 8), 0xcc9e2d51);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & 0x3fffffff;
}
