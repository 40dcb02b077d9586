import { parameterProblem } from "../../iptables/errors";
import type { TargetModule } from "../extension";
import type { Hook } from "../hooks";
import { redirectIpv4 } from "../../nat/redirect";
import {
  emptyRange,
  natConn,
  natRangeOf,
  natText,
  portsAllowed,
  setNatFlag,
  type NatTarget,
} from "./nat-range";
import { parseNatPorts } from "./nat-ports";

const HOOKS: readonly Hook[] = ["PREROUTING", "OUTPUT"];

/**
 * REDIRECT (libxt_NAT.c): DNAT to the local machine (the incoming interface's address), optionally
 * to given ports. Taken in nat PREROUTING and OUTPUT.
 */
export const redirect: TargetModule<NatTarget> = {
  kind: "target",
  name: "REDIRECT",
  table: "nat",
  options: [
    { name: "to-ports", arg: "required" },
    { name: "random", arg: "none" },
  ],
  init: () => emptyRange(redirect),
  parse(range, option, arg, _invert, ctx) {
    if (option !== "to-ports") return setNatFlag(range, option);
    range.ports = parseNatPorts(arg!, portsAllowed(ctx));
  },
  final(range) {
    // Only revision 0 exists, and its struct cannot carry the base.
    if (range.ports?.base !== undefined)
      throw parameterProblem("Shifted portmap ranges not supported with this kernel");
  },
  save: (range) => natText(range, "--to-ports ", "--", true),
  list: (range) => natText(range, "redir ports ", "", true),
  hooks: () => HOOKS,
  // Its checkentry takes conntrack for the namespace: NAT works on connections.
  usesConntrack: () => true,
  fire(range, packet, ctx) {
    const conn = natConn(packet);
    return conn ? redirectIpv4(ctx, packet, conn, natRangeOf(range)) : "ACCEPT";
  },
};
