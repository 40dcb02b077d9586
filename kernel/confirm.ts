import type { Disagreement } from "./compare";

const sameDisagreement = (a: Disagreement, b: Disagreement) =>
  a.step === b.step && a.what === b.what && a.diff === b.diff;

/** What counts as a disagreement, and what the suite puts down to the lab's timing. */
export interface Confirmed {
  readonly found: Disagreement[];
  readonly unstable: Disagreement[];
}

/** A lab that keeps losing races this often is too busy to say anything. */
const MOST_RUNS = 4;

/**
 * The lab's servers are real processes, and now and then one is a few milliseconds slower than the
 * playground's. A run that disagrees runs again in a fresh lab, and only what disagrees the same way
 * in two runs counts: the engine is deterministic, so only the lab's timing can change between them.
 * A run in which a stand-in is known to have closed late before a difference (`lateAck`: the kernel
 * acked a client's FIN on its own at the next tick, within 4 ms, a bare ACK the playground never
 * sends) is not one of the two; after MOST_RUNS runs what is left counts.
 */
export async function confirmed(run: () => Promise<Disagreement[]>): Promise<Confirmed> {
  const unstable: Disagreement[] = [];
  let first: Disagreement[] | undefined;
  let last: Disagreement[] = [];
  for (let runs = 0; runs < MOST_RUNS; runs++) {
    last = await run();
    if (last.length === 0) return { found: [], unstable: [...unstable, ...(first ?? [])] };
    if (last.some((d) => d.lateAck !== undefined)) {
      unstable.push(...last);
      continue;
    }
    if (!first) {
      first = last;
      continue;
    }
    const again = last;
    const repeats = (d: Disagreement) => again.some((a) => sameDisagreement(a, d));
    return { found: first.filter(repeats), unstable: [...unstable, ...first.filter((d) => !repeats(d))] };
  }
  return { found: first ?? last, unstable: first ? unstable : unstable.slice(0, -last.length) };
}
