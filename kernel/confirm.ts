import type { Disagreement } from "./compare";

const sameDisagreement = (a: Disagreement, b: Disagreement) =>
  a.step === b.step && a.what === b.what && a.diff === b.diff;

/** What disagreed both times, and what disagreed only once. */
export interface Confirmed {
  readonly found: Disagreement[];
  readonly unstable: Disagreement[];
}

/**
 * The lab's servers are real processes, and now and then one is a few milliseconds slower than the
 * playground's: the kernel then acks a client's FIN on its own (its delayed-ACK timer fires at the
 * next tick, within 4 ms), a bare ACK the playground never sends. A run that disagrees runs again in a
 * fresh lab, and only what disagrees the same way both times counts; what does not is unstable. A
 * real difference repeats: the engine is deterministic, so only the lab's timing can change.
 */
export async function confirmed(run: () => Promise<Disagreement[]>): Promise<Confirmed> {
  const first = await run();
  if (first.length === 0) return { found: [], unstable: [] };
  const again = await run();
  const repeats = (d: Disagreement) => again.some((a) => sameDisagreement(a, d));
  return { found: first.filter(repeats), unstable: first.filter((d) => !repeats(d)) };
}
