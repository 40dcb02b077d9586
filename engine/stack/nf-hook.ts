import { conntrackConfirm, conntrackIn } from "../conntrack/core";
import { formatConn } from "../conntrack/format";
import { CTINFO, isReply } from "../conntrack/conn";
import type { Hook } from "../netfilter/hooks";
import type { TableName } from "../netfilter/tables";
import { runTable, type TableVerdict } from "../netfilter/traverse";
import type { XtContext } from "../netfilter/xt-context";
import { natHook } from "../nat/hook";
import type { Netns } from "../world";
import { conntrackInUse } from "./conntrack-users";
import { HOOK_STEPS } from "./hook-steps";
import type { Net } from "./net";
import type { Packet } from "./packet";
import { sendReject } from "./reject";
import { viewOf } from "./view";
import type { PacketView } from "../trace/events";

function xtContext(net: Net, netns: Netns, hook: Hook, table: TableName): XtContext {
  return {
    world: net.world,
    netns,
    hook,
    table,
    reply: (offending, answer) => sendReject(net, netns, offending, answer),
    log: (text) => void net.world.kernelLog.push({ at: net.world.clock, text }),
  };
}

function traceRewrite(net: Net, netns: Netns, hook: Hook, before: PacketView, packet: Packet): void {
  const after = viewOf(packet);
  const same =
    before.src === after.src &&
    before.dst === after.dst &&
    before.sport === after.sport &&
    before.dport === after.dport &&
    before.icmp?.id === after.icmp?.id;
  if (same) return;
  const manip = hook === "PREROUTING" || hook === "OUTPUT" ? "DNAT" : "SNAT";
  const reply = packet.ctinfo !== undefined && isReply(packet.ctinfo);
  net.trace?.push({ kind: "nat", netns: netns.name, manip, reply, before, after });
}

/**
 * NF_HOOK: runs everything registered on `hook` in priority order (see HOOK_STEPS). The packet goes
 * on only if every step accepts it; DROP anywhere ends its walk.
 */
export function nfHook(net: Net, netns: Netns, hook: Hook, packet: Packet): TableVerdict {
  const { trace } = net;
  trace?.push({ kind: "hook", netns: netns.name, hook });
  for (const step of HOOK_STEPS[hook]) {
    switch (step.kind) {
      case "table": {
        const ctx = xtContext(net, netns, hook, step.table);
        if (runTable(netns.ruleset[step.table], hook, packet, ctx, trace) === "DROP") return "DROP";
        break;
      }
      case "conntrack": {
        // A packet looped back through lo keeps its conntrack entry: nf_conntrack_in skips it.
        if (packet.ct || !conntrackInUse(netns)) break;
        const found = conntrackIn(net.world, netns, packet);
        trace?.push({ kind: "conntrack", netns: netns.name, ...found });
        break;
      }
      case "nat": {
        const ctx = xtContext(net, netns, hook, "nat");
        const before = trace && viewOf(packet);
        const runNat = () => runTable(netns.ruleset.nat, hook, packet, ctx, trace);
        if (natHook(net.world, netns, packet, hook, runNat) === "DROP") return "DROP";
        if (before) traceRewrite(net, netns, hook, before, packet);
        break;
      }
      case "confirm": {
        if (!conntrackConfirm(net.world, netns, packet)) {
          trace?.push({
            kind: "drop",
            netns: netns.name,
            reason: "conntrack: insert failed (the reply tuple is taken)",
          });
          return "DROP";
        }
        if (trace && packet.ct && packet.ctinfo === CTINFO.NEW) {
          trace.push({
            kind: "conntrack",
            netns: netns.name,
            action: "confirm",
            state: "NEW",
            entry: formatConn(packet.ct, net.world.clock),
          });
        }
        break;
      }
    }
  }
  return "ACCEPT";
}
