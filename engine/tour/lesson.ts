import type { WorldName } from "../scenario/worlds";
import type { TraceEvent } from "../trace/events";
import type { WorldView } from "../view";

/** A command line as the terminal runs it: in the host namespace unless told. */
export interface CommandLine {
  readonly line: string;
  readonly netns?: string;
}

/** What a task's check sees after a command: the world then, and the packets that command sent. */
export interface Observation {
  readonly view: WorldView;
  readonly trace: readonly TraceEvent[];
}

/** Pure: the world or the trace satisfies the task, or not yet. */
export type Check = (seen: Observation) => boolean;

/** One "try this": what to do, the commands that do it (the "Try it" button), and how the engine knows. */
export interface Task {
  readonly id: string;
  readonly text: string;
  readonly solution: readonly CommandLine[];
  readonly done: Check;
}

/** A packet a challenge sends after the user's commands, and whether it should get through. */
export interface Probe {
  readonly text: string;
  readonly command: CommandLine;
  readonly expect: "succeeds" | "fails";
}

/** A challenge: a goal stated as traffic, graded by sending the probes in a replayed copy of the world. */
export interface Goal {
  readonly text: string;
  readonly probes: readonly Probe[];
  /** One way to reach it, for the tests (and for the curious). */
  readonly solution: readonly CommandLine[];
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  /** The preset it starts from; none for reading notes, which leave the world as it is. */
  readonly world?: WorldName;
  /** Run as commands after the reset, so they stand in the history like anything typed. */
  readonly setup: readonly CommandLine[];
  /** Paragraphs of prose. */
  readonly text: readonly string[];
  readonly tasks: readonly Task[];
  readonly goal?: Goal;
}

/** A lesson as plain data for the app: everything but the checks, which stay in the engine. */
export interface LessonInfo {
  readonly id: string;
  readonly title: string;
  readonly world?: WorldName;
  readonly setup: readonly CommandLine[];
  readonly text: readonly string[];
  readonly tasks: readonly {
    readonly id: string;
    readonly text: string;
    readonly solution: readonly CommandLine[];
  }[];
  readonly goal?: { readonly text: string; readonly probes: readonly { readonly text: string }[] };
}

export function lessonInfo(lesson: Lesson): LessonInfo {
  return {
    id: lesson.id,
    title: lesson.title,
    ...(lesson.world ? { world: lesson.world } : {}),
    setup: lesson.setup,
    text: lesson.text,
    tasks: lesson.tasks.map(({ id, text, solution }) => ({ id, text, solution })),
    ...(lesson.goal
      ? { goal: { text: lesson.goal.text, probes: lesson.goal.probes.map(({ text }) => ({ text })) } }
      : {}),
  };
}
