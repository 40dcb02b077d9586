/** The guided tour: lessons as data, their checks over the world and the trace, and challenge grading. */
export type { CommandLine, Lesson, LessonInfo } from "./lesson";
export { lessonInfo } from "./lesson";
export { LESSONS, findLesson } from "./lessons";
export { grade, type ProbeResult } from "./grade";
export { observe, startSession, statusOf, type TourSession, type TourStatus } from "./session";
