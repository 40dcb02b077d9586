import type { LessonInfo } from "../../engine/tour";
import { runCommand } from "../terminal/actions";

type Task = LessonInfo["tasks"][number];

/** One "try this": done or not (said in words, not only colour), and a button that runs its commands. */
export function TaskItem({ task, done, started }: { task: Task; done: boolean; started: boolean }) {
  const tryIt = async () => {
    for (const command of task.solution) await runCommand(command.line, command.netns);
  };
  return (
    <li className={done ? "tour-task done" : "tour-task"} data-task={task.id}>
      <span className="tour-mark">{done ? "✓ Done" : "○ To do"}</span>
      <p className="tour-task-text">{task.text}</p>
      <pre className="tour-commands">{task.solution.map((c) => c.line).join("\n")}</pre>
      <button
        type="button"
        disabled={!started}
        aria-label={`Try it: ${task.text}`}
        title={started ? "Runs these commands in the terminal" : "Start the lesson first"}
        onClick={() => void tryIt()}
      >
        Try it
      </button>
    </li>
  );
}
