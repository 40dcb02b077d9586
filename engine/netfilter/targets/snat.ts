import { parameterProblem } from "../../iptables/errors";
import type { TargetModule } from "../extension";
import type { Hook } from "../hooks";
import { natSetupInfo } from "../../nat/setup";
import {
  compatPorts,
  emptyRange,
  natConn,
  natRangeOf,
  natText,
  parseNatTo,
  type NatTarget,
  setNatFlag,
} from "./nat-range";

const HOOKS: readonly Hook[] = ["POSTROUTING", "INPUT"];

/**
 * SNAT (libxt_NAT.c): rewrites the source of a connection's packets to an address (range) and ports.
 * The kernel takes it in nat POSTROUTING and INPUT, with the old range struct (revision 0).
 */
export const snat: TargetModule<NatTarget> = {
  kind: "target",
  name: "SNAT",
  table: "nat",
  options: [
    { name: "to-source", arg: "required" },
    { name: "random", arg: "none" },
    { name: "random-fully", arg: "none" },
    { name: "persistent", arg: "none" },
  ],
  init: () => emptyRange(snat),
  parse(range, option, arg, _invert, ctx) {
    if (option !== "to-source") return setNatFlag(range, option);
    parseNatTo(arg!, ctx, range);
    if (range.ports) range.ports = compatPorts(range.ports);
  },
  final(range) {
    // Every accepted --to-source sets addresses or ports (XTOPT_MAND in libxt_NAT).
    if (!range.addrs && !range.ports)
      throw parameterProblem('SNAT: option "--to-source" must be specified\n');
  },
  save: (range) => natText(range, "--to-source ", "--", false),
  list: (range) => natText(range, "to:", "", false),
  hooks: () => HOOKS,
  // Its checkentry takes conntrack for the namespace: NAT works on connections.
  usesConntrack: () => true,
  fire(range, packet, ctx) {
    const conn = natConn(packet);
    return conn ? natSetupInfo(ctx.world, ctx.netns, conn, natRangeOf(range), "SRC") : "ACCEPT";
  },
};
