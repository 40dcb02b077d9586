import { IPS, type Conn, type ManipType, type Tuple } from "../conntrack/conn";
import { tupleEqual, tupleTaken } from "../conntrack/table";
import type { Netns, World } from "../world";
import { addBySource, findAppropriateSrc } from "./bysource";
import { nullRange, type NatRange } from "./range";
import { invert } from "./tuple";
import { getUniqueTuple, type TupleSearch } from "./unique-tuple";

/** What setting up a binding says of the packet: NF_ACCEPT, or NF_DROP. */
export type NatVerdict = "ACCEPT" | "DROP";

const DONE_BIT: Readonly<Record<ManipType, number>> = { SRC: IPS.SRC_NAT_DONE, DST: IPS.DST_NAT_DONE };
const NAT_BIT: Readonly<Record<ManipType, number>> = { SRC: IPS.SRC_NAT, DST: IPS.DST_NAT };

/** nf_nat_initialized: has this side of the connection got its binding (maybe a null one) yet? */
export const natDone = (conn: Conn, manip: ManipType): boolean => (conn.status & DONE_BIT[manip]) !== 0;

/** nf_nat_used_tuple and friends, over the namespace's conntrack table and by-source index, in `conn`'s zone. */
function tupleSearch(world: World, netns: Netns, conn: Conn): TupleSearch {
  const table = netns.conntrack;
  return {
    used: (t: Tuple) => tupleTaken(table, invert(t), conn, world.clock),
    appropriateSrc: (orig, range) => findAppropriateSrc(table, orig, range, conn.zone),
    rng: world.rng,
  };
}

/**
 * nf_nat_setup_info: binds one side (`manip`) of a new connection into `range`. The conntrack's
 * reply tuple is rewritten so that replies are recognised, and IPS_{SRC,DST}_NAT is set when the
 * tuple changed; IPS_*_NAT_DONE always. A confirmed connection is left alone (its binding was made
 * with its first packet), and binding a side twice is a drop, as the kernel's WARN path is.
 */
export function natSetupInfo(
  world: World,
  netns: Netns,
  conn: Conn,
  range: NatRange,
  manip: ManipType,
): NatVerdict {
  if (conn.status & IPS.CONFIRMED) return "ACCEPT";
  if (natDone(conn, manip)) return "DROP";

  // What we have looks like the inverse of the reply, earlier manips included.
  const current = invert(conn.reply);
  const mapped = getUniqueTuple(current, range, manip, tupleSearch(world, netns, conn));
  if (!tupleEqual(mapped, current)) {
    conn.reply = invert(mapped);
    conn.status |= NAT_BIT[manip];
  }
  if (manip === "SRC") addBySource(netns.conntrack, conn);
  conn.status |= DONE_BIT[manip];
  return "ACCEPT";
}

/**
 * nf_nat_alloc_null_binding: no rule bound this side, so it maps to the address it already has;
 * get_unique_tuple still runs, so a source port that clashes with another connection moves.
 */
export function allocNullBinding(world: World, netns: Netns, conn: Conn, manip: ManipType): NatVerdict {
  const addr = manip === "SRC" ? conn.reply.dst : conn.reply.src;
  return natSetupInfo(world, netns, conn, nullRange(addr), manip);
}
