import { parameterProblem } from "../../iptables/errors";
import type { TargetModule } from "../extension";
import type { Hook } from "../hooks";
import { natSetupInfo } from "../../nat/setup";
import {
  emptyRange,
  natConn,
  natRangeOf,
  natText,
  parseNatTo,
  type NatTarget,
  setNatFlag,
} from "./nat-range";

const HOOKS: readonly Hook[] = ["PREROUTING", "OUTPUT"];

/**
 * DNAT (libxt_NAT.c): rewrites the destination of a connection's packets. The kernel has revision 2
 * (nf_nat_range2), so the shifted port form "min-max/base" keeps its base. Taken in nat PREROUTING
 * and OUTPUT.
 */
export const dnat: TargetModule<NatTarget> = {
  kind: "target",
  name: "DNAT",
  table: "nat",
  options: [
    { name: "to-destination", arg: "required" },
    { name: "random", arg: "none" },
    { name: "persistent", arg: "none" },
  ],
  init: () => emptyRange(dnat),
  parse(range, option, arg, _invert, ctx) {
    if (option !== "to-destination") return setNatFlag(range, option);
    parseNatTo(arg!, ctx, range);
  },
  final(range) {
    // Every accepted --to-destination sets addresses or ports (XTOPT_MAND in libxt_NAT).
    if (!range.addrs && !range.ports)
      throw parameterProblem('DNAT: option "--to-destination" must be specified\n');
  },
  save: (range) => natText(range, "--to-destination ", "--", false),
  list: (range) => natText(range, "to:", "", false),
  hooks: () => HOOKS,
  // Its checkentry takes conntrack for the namespace: NAT works on connections.
  usesConntrack: () => true,
  fire(range, packet, ctx) {
    const conn = natConn(packet);
    return conn ? natSetupInfo(ctx.world, ctx.netns, conn, natRangeOf(range), "DST") : "ACCEPT";
  },
};
