import type { Hook } from "../netfilter/hooks";
import type { TableName } from "../netfilter/tables";
import type { PacketView, TraceEvent } from "../trace/events";
import type { NetnsView, WorldView } from "../view";

/** Small questions the lessons' checks ask of a trace or a world view. */

type Event<K extends TraceEvent["kind"]> = Extract<TraceEvent, { kind: K }>;

export function eventsOf<K extends TraceEvent["kind"]>(trace: readonly TraceEvent[], kind: K): Event<K>[] {
  return trace.filter((e): e is Event<K> => e.kind === kind);
}

/** The hooks a namespace's stack ran, in order (repeats included). */
export const hooksIn = (trace: readonly TraceEvent[], netns: string): Hook[] =>
  eventsOf(trace, "hook")
    .filter((e) => e.netns === netns)
    .map((e) => e.hook);

/** A rule that was tried in a namespace, by table, chain and a piece of its `-S` text. */
export interface RuleQuery {
  readonly netns: string;
  readonly table: TableName;
  readonly chain: string;
  /** A substring of the rule as -S prints it after `-A CHAIN`. */
  readonly rule?: string;
}

const isRule = (e: Event<"rule">, q: RuleQuery) =>
  e.netns === q.netns && e.table === q.table && e.chain === q.chain && (!q.rule || e.rule.includes(q.rule));

export const ruleMatched = (trace: readonly TraceEvent[], q: RuleQuery): boolean =>
  eventsOf(trace, "rule").some((e) => e.matched && isRule(e, q));

export const ruleMissed = (trace: readonly TraceEvent[], q: RuleQuery): boolean =>
  eventsOf(trace, "rule").some((e) => !e.matched && isRule(e, q));

/** A table's verdict in a namespace's chain (by a rule or by the policy). */
export const verdictIn = (
  trace: readonly TraceEvent[],
  netns: string,
  table: TableName,
  chain: string,
  verdict: string,
): boolean =>
  eventsOf(trace, "verdict").some(
    (e) => e.netns === netns && e.table === table && e.chain === chain && e.verdict === verdict,
  );

/** Index of the first entry into a table's chain in a namespace, or -1. */
export const chainEntered = (
  trace: readonly TraceEvent[],
  netns: string,
  table: TableName,
  chain: string,
): number =>
  trace.findIndex((e) => e.kind === "chain" && e.netns === netns && e.table === table && e.chain === chain);

/** NAT rewrites in a namespace: first packets (`reply: false`) or replies being mapped back. */
export const natRewrites = (
  trace: readonly TraceEvent[],
  netns: string,
  manip: "SNAT" | "DNAT",
  reply: boolean,
): { before: PacketView; after: PacketView }[] =>
  eventsOf(trace, "nat").filter((e) => e.netns === netns && e.manip === manip && e.reply === reply);

/** A socket (or the kernel) in a namespace took a packet; `socket` is a prefix of its description. */
export const deliveredTo = (trace: readonly TraceEvent[], netns: string, socket = ""): boolean =>
  eventsOf(trace, "deliver").some((e) => e.netns === netns && e.socket.startsWith(socket));

/** A TCP listener in the namespace accepted a connection on this port. */
export const acceptedOn = (trace: readonly TraceEvent[], netns: string, port: number): boolean =>
  eventsOf(trace, "deliver").some(
    (e) => e.netns === netns && e.socket.endsWith(`(listening on TCP port ${port})`),
  );

export const sent = (trace: readonly TraceEvent[], netns: string, proto: string): boolean =>
  eventsOf(trace, "send").some((e) => e.netns === netns && e.packet.proto === proto);

export const netnsOf = (view: WorldView, name: string): NetnsView | undefined =>
  view.namespaces.find((n) => n.name === name);

/** `conntrack -L` lines of a namespace that match. */
export const conntrackMatching = (view: WorldView, netns: string, pattern: RegExp): RegExpExecArray[] =>
  (netnsOf(view, netns)?.conntrack ?? []).flatMap((line) => {
    const m = pattern.exec(line);
    return m ? [m] : [];
  });

export const policyOf = (
  view: WorldView,
  netns: string,
  table: TableName,
  chain: string,
): string | undefined =>
  netnsOf(view, netns)
    ?.tables.find((t) => t.name === table)
    ?.chains.find((c) => c.name === chain)?.policy;
