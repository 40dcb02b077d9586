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
 * sends) is not one of the two. After MOST_RUNS runs what is left counts, except, when the lab was
 * late in every run, a difference in counters only after the late line: what that ACK changes.
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
  if (first) return { found: first, unstable };
  // Late every time: what only a bare ACK can have changed (counters) is the lab's; the rest counts.
  const counters = (d: Disagreement) => d.lateAck !== undefined && onlyCountersDiffer(d);
  return {
    found: last.filter((d) => !counters(d)),
    unstable: [...unstable.slice(0, -last.length), ...last.filter(counters)],
  };
}

/**
 * Whether a difference is in numbers only: each line only the kernel printed pairs with one only the
 * engine printed that reads the same once digits are set aside (a packet and byte counter).
 */
export function onlyCountersDiffer(d: Disagreement): boolean {
  if (d.what !== "stdout") return false;
  const lines = d.diff.split("\n");
  const kernel = lines.filter((l) => l.startsWith("- ")).map((l) => l.replace(/\d+/g, "#"));
  const engine = lines.filter((l) => l.startsWith("+ ")).map((l) => l.replace(/\d+/g, "#"));
  return (
    kernel.length > 0 &&
    kernel.length === engine.length &&
    kernel.every((l, i) => l.slice(1) === engine[i]!.slice(1))
  );
}
