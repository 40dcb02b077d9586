import type { TraceEvent } from "../../engine/trace/events";
import type { WorldView } from "../../engine/view";

/** How a step ends the packet's walk, in words: delivered, or dropped or rejected and why. */
export interface Ending {
  readonly verdict: "accept" | "drop";
  readonly text: string;
  /** The rule that dropped it, as `iptables -S` prints it. */
  readonly rule?: string;
}

/** The rule `num` of a chain, as the world shows it now. */
function ruleSpec(view: WorldView | null, netns: string, table: string, chain: string, num: number) {
  const ns = view?.namespaces.find((n) => n.name === netns);
  const found = ns?.tables.find((t) => t.name === table)?.chains.find((c) => c.name === chain);
  return found?.rules.find((r) => r.num === num)?.spec;
}

/**
 * The ending of a walk at this step, if it ends here. A DROP or REJECT target (REJECT answers, then
 * drops) and a chain's DROP policy end it as surely as the stack's own drops do.
 */
export function endingOf(event: TraceEvent, view: WorldView | null): Ending | undefined {
  switch (event.kind) {
    case "deliver":
      return { verdict: "accept", text: `Delivered to ${event.socket}` };
    case "drop":
      return { verdict: "drop", text: `Dropped in ${event.netns}: ${event.reason}` };
    case "verdict": {
      if (event.verdict !== "DROP") return undefined;
      const { netns, table, chain, num } = event;
      if (num === undefined)
        return {
          verdict: "drop",
          text: `Dropped in ${netns} by the policy of ${table} ${chain}: no rule accepted it`,
        };
      const rule = ruleSpec(view, netns, table, chain, num);
      const rejected = rule !== undefined && / -j REJECT\b/.test(rule);
      const how = rejected ? "Rejected (an error goes back to the sender)" : "Dropped";
      return {
        verdict: "drop",
        text: `${how} in ${netns} by ${table} ${chain} rule ${num}`,
        ...(rule ? { rule } : {}),
      };
    }
    default:
      return undefined;
  }
}
