import type { TargetModule } from "../extension";
import type { Hook } from "../hooks";
import { masqueradeIpv4 } from "../../nat/masquerade";
import {
  compatPorts,
  emptyRange,
  natConn,
  natRangeOf,
  natText,
  portsAllowed,
  type NatTarget,
  setNatFlag,
} from "./nat-range";
import { parseNatPorts } from "./nat-ports";

const HOOKS: readonly Hook[] = ["POSTROUTING"];

/**
 * MASQUERADE (libxt_NAT.c): SNAT to the outgoing interface's address, optionally to given ports.
 * Old range struct (revision 0): a "/base" offset is kept as a flag only and prints as "/0".
 */
export const masquerade: TargetModule<NatTarget> = {
  kind: "target",
  name: "MASQUERADE",
  table: "nat",
  options: [
    { name: "to-ports", arg: "required" },
    { name: "random", arg: "none" },
    { name: "random-fully", arg: "none" },
  ],
  init: () => emptyRange(masquerade),
  parse(range, option, arg, _invert, ctx) {
    if (option !== "to-ports") return setNatFlag(range, option);
    range.ports = compatPorts(parseNatPorts(arg!, portsAllowed(ctx)));
  },
  save: (range) => natText(range, "--to-ports ", "--", true),
  list: (range) => natText(range, "masq ports: ", "", true),
  hooks: () => HOOKS,
  // Its checkentry takes conntrack for the namespace: NAT works on connections.
  usesConntrack: () => true,
  fire(range, packet, ctx) {
    const conn = natConn(packet);
    return conn ? masqueradeIpv4(ctx, packet, conn, natRangeOf(range)) : "ACCEPT";
  },
};
