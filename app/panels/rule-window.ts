/** At most this many rules of one chain are drawn at once: a 10,000-rule chain would stall the page. */
export const RULE_WINDOW = 200;

/** The rules drawn of a chain of `count`: a window of RULE_WINDOW around the rule in focus (1-based). */
export function ruleWindow(count: number, focus: number | undefined): { first: number; last: number } {
  if (count <= RULE_WINDOW) return { first: 1, last: count };
  const first = Math.max(1, Math.min(count - RULE_WINDOW + 1, (focus ?? 1) - RULE_WINDOW / 2));
  return { first, last: first + RULE_WINDOW - 1 };
}
