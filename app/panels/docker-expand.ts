/** Lines a folded list shows; a `docker run` runs 15–30. */
export const FOLDED_LINES = 8;

/**
 * The lines to show: all of them when open, else the first FOLDED_LINES — unless folding would hide
 * only a line or two, which takes more reading to unfold than to read.
 */
export function shownSteps(steps: readonly string[], open: boolean): readonly string[] {
  return open || steps.length <= FOLDED_LINES + 2 ? steps : steps.slice(0, FOLDED_LINES);
}
