import type { WorldName } from "../scenario/worlds";
import type { TraceEvent } from "../trace/events";
import type { World } from "../world";
import { grade, type ProbeResult } from "./grade";
import { lessonInfo, type CommandLine, type LessonInfo } from "./lesson";
import { findLesson, LESSONS } from "./lessons";
import { observe, startSession, statusOf, type TourSession, type TourStatus } from "./session";

/** The tour's half of the worker's API: plain data in and out. */
export interface TourApi {
  tourLessons(): Promise<readonly LessonInfo[]>;
  /**
   * Starts following a lesson and returns its setup lines. The app then opens its world with them
   * as an ordinary scenario (reading notes keep the world), so they stand in the history and undo.
   */
  tourStart(id: string): Promise<readonly CommandLine[]>;
  /** The lesson followed and its done tasks; null when none is (before a start, after a reset). */
  tourStatus(): Promise<TourStatus | null>;
  /** Sends the challenge's probes in a replayed copy of the world; the world itself is untouched. */
  tourGrade(): Promise<readonly ProbeResult[]>;
}

/** What the tour needs of the worker: its world. */
export interface TourHost {
  world(): World;
}

export interface Tour {
  readonly api: TourApi;
  /** After every command the worker runs: its line and namespace, and the packets it sent. */
  observe(command: CommandLine, trace: readonly TraceEvent[]): void;
  /**
   * The world was rebuilt from preset `name`. On the lesson's own world it is the lesson starting or
   * being replayed (undo, a link): its tasks are checked again as the commands come back. On any
   * other world the lesson is left.
   */
  reset(name: WorldName): void;
}

export function createTour(host: TourHost): Tour {
  let session: TourSession | undefined;
  const api: TourApi = {
    async tourLessons() {
      return LESSONS.map(lessonInfo);
    },
    async tourStart(id) {
      const lesson = findLesson(id);
      if (!lesson) throw new Error(`no lesson "${id}"`);
      session = startSession(lesson);
      return lesson.setup;
    },
    async tourStatus() {
      return session ? statusOf(session) : null;
    },
    async tourGrade() {
      const lesson = session?.lesson;
      if (!session || !lesson?.goal || !lesson.world) return [];
      return grade(lesson.goal, lesson.world, session.commands);
    },
  };
  return {
    api,
    observe(command, trace) {
      if (session) observe(session, host.world(), command, trace);
    },
    reset(name) {
      session = session?.lesson.world === name ? startSession(session.lesson) : undefined;
    },
  };
}
