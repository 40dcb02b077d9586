import type { LessonInfo } from "../../engine/tour";
import { useTour } from "./store";

type Goal = NonNullable<LessonInfo["goal"]>;

/** A challenge's goal, its probes and how the last grade went. */
export function GoalView({ goal, started }: { goal: Goal; started: boolean }) {
  const grades = useTour((s) => s.grades);
  const busy = useTour((s) => s.busy);
  const grade = useTour((s) => s.grade);
  return (
    <section className="tour-goal" aria-label="Challenge">
      <h4>Goal</h4>
      <p>{goal.text}</p>
      <ul className="tour-probes">
        {goal.probes.map((probe, i) => {
          const result = started ? grades?.[i] : undefined;
          const mark = result ? (result.passed ? "✓ Passed" : "✗ Not yet") : "○ Not graded";
          const className = result ? (result.passed ? "done" : "failed") : "";
          return (
            <li key={probe.text} className={className}>
              <span className="tour-mark">{mark}</span> {probe.text}
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={!started || busy} onClick={() => void grade()}>
        Grade my rules
      </button>
      {started && grades && grades.length > 0 && grades.every((g) => g.passed) && (
        <p className="tour-solved" role="status">
          Solved: every probe behaved as the goal asks.
        </p>
      )}
    </section>
  );
}
