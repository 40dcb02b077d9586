import type { LessonInfo } from "../../engine/tour";
import { GoalView } from "./GoalView";
import { Prose } from "./Prose";
import { TaskItem } from "./TaskItem";
import { useTour } from "./store";

/** The lesson shown: how to start it, its text, its tasks with done marks, or its challenge. */
export function LessonView({ lesson, position }: { lesson: LessonInfo; position: string }) {
  const status = useTour((s) => s.status);
  const busy = useTour((s) => s.busy);
  const start = useTour((s) => s.start);
  const started = status?.lesson === lesson.id;
  const done = new Set(started ? status.done : []);
  const reading = lesson.tasks.length === 0 && !lesson.goal;
  return (
    <article className="tour-lesson" aria-labelledby="tour-lesson-title">
      <p className="tour-position">{position}</p>
      <h3 id="tour-lesson-title">{lesson.title}</h3>
      {!reading && (
        <p className="tour-start">
          <button type="button" disabled={busy} onClick={() => void start()}>
            {started ? "Restart lesson" : "Start lesson"}
          </button>
          <span className="tour-world">
            {lesson.world ? `Resets the world to “${lesson.world}”` : "Keeps the world as it is"}
            {lesson.setup.length > 0 && `, then runs ${lesson.setup.length} setup command(s)`}
          </span>
        </p>
      )}
      {lesson.text.map((text) => (
        <Prose key={text} text={text} />
      ))}
      {lesson.tasks.length > 0 && (
        <>
          <h4>
            Try this ({done.size} of {lesson.tasks.length} done)
          </h4>
          <ol className="tour-tasks">
            {lesson.tasks.map((task) => (
              <TaskItem key={task.id} task={task} done={done.has(task.id)} started={started} />
            ))}
          </ol>
        </>
      )}
      {lesson.goal && <GoalView goal={lesson.goal} started={started} />}
    </article>
  );
}
