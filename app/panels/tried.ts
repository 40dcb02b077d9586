import type { TableName } from "../../engine/netfilter/tables";
import type { TraceEvent } from "../../engine/trace/events";
import type { Frame } from "../player/frames";

/** A rule's result in the current walk: ✓ or ✗ with the reason. */
export interface Tried {
  readonly matched: boolean;
  readonly why?: string;
  /** The rule of the step being shown. */
  readonly current: boolean;
}

/** A chain's verdict in the current walk, by a rule (`num`) or by its policy. */
export interface ChainVerdict {
  readonly verdict: string;
  readonly num?: number;
}

export interface Walk {
  /** "CHAIN#num" → result. */
  readonly rules: ReadonlyMap<string, Tried>;
  readonly verdicts: ReadonlyMap<string, ChainVerdict>;
}

export const ruleKey = (chain: string, num: number) => `${chain}#${num}`;

/** The rules tried and verdicts given in one table of one namespace, from the hook's start to this step. */
export function walkOf(
  trace: readonly TraceEvent[],
  frame: Frame | undefined,
  step: number,
  netns: string,
  table: TableName,
): Walk {
  const rules = new Map<string, Tried>();
  const verdicts = new Map<string, ChainVerdict>();
  if (!frame || frame.netns !== netns || frame.table !== table) return { rules, verdicts };
  for (let i = frame.walkStart; i <= step; i++) {
    const e = trace[i];
    if (!e || (e.kind !== "rule" && e.kind !== "verdict") || e.netns !== netns || e.table !== table) continue;
    if (e.kind === "rule")
      rules.set(ruleKey(e.chain, e.num), {
        matched: e.matched,
        ...(e.why ? { why: e.why } : {}),
        current: i === step,
      });
    else verdicts.set(e.chain, { verdict: e.verdict, ...(e.num !== undefined ? { num: e.num } : {}) });
  }
  return { rules, verdicts };
}
