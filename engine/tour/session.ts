import type { TraceEvent } from "../trace/events";
import { viewOf } from "../view";
import type { World } from "../world";
import type { CommandLine, Lesson } from "./lesson";

/** The lesson being followed: which tasks are done, and what was run since it started. */
export interface TourSession {
  readonly lesson: Lesson;
  /** Task ids. A task stays done once a command satisfied it, whatever comes after. */
  readonly done: Set<string>;
  /** Every command since the lesson started, its setup included: what a grade replays. */
  readonly commands: CommandLine[];
}

/** What the app shows: the lesson's id and its done tasks, in the lesson's order. */
export interface TourStatus {
  readonly lesson: string;
  readonly done: readonly string[];
}

export function startSession(lesson: Lesson): TourSession {
  return { lesson, done: new Set(), commands: [] };
}

/** Called after every command: checks the tasks still open against the world and that command's trace. */
export function observe(
  session: TourSession,
  world: World,
  command: CommandLine,
  trace: readonly TraceEvent[],
): void {
  session.commands.push(command);
  const open = session.lesson.tasks.filter((task) => !session.done.has(task.id));
  if (open.length === 0) return;
  const seen = { view: viewOf(world), trace };
  for (const task of open) if (task.done(seen)) session.done.add(task.id);
}

export function statusOf(session: TourSession): TourStatus {
  return {
    lesson: session.lesson.id,
    done: session.lesson.tasks.filter((task) => session.done.has(task.id)).map((task) => task.id),
  };
}
