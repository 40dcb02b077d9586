/**
 * Shrinks a failing script the way delta debugging does: drop ever smaller runs of lines while the
 * rest still fails, until no single line can go. Each try is a lab run of some seconds, so there is
 * a budget; `minimal` says whether the search finished within it.
 */
export async function shrink<T>(
  items: readonly T[],
  fails: (candidate: readonly T[]) => Promise<boolean>,
  budget: number,
): Promise<{ readonly items: readonly T[]; readonly minimal: boolean }> {
  let current = [...items];
  let tries = 0;
  let chunk = Math.max(1, Math.ceil(current.length / 2));
  for (;;) {
    let dropped = false;
    for (let start = 0; start < current.length;) {
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
      if (candidate.length === 0) {
        start += chunk;
        continue;
      }
      if (tries++ >= budget) return { items: current, minimal: false };
      if (await fails(candidate)) {
        current = candidate;
        dropped = true;
      } else start += chunk;
    }
    if (chunk === 1 && !dropped) return { items: current, minimal: true };
    if (chunk > 1) chunk = Math.ceil(chunk / 2);
  }
}
