// Each lesson's intended solution, run in a fresh copy of its world the way the worker runs a
// terminal's lines: no task is done after the setup, and each becomes done by its own commands.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { createShellState, runLine } from "../shell";
import { grade, LESSONS, lessonInfo, observe, startSession, statusOf, type CommandLine } from ".";

function follow(lessonId: string) {
  const lesson = LESSONS.find((l) => l.id === lessonId)!;
  const world = createWorld(lesson.world ?? "docker");
  const session = startSession(lesson);
  const shell = createShellState();
  const run = (commands: readonly CommandLine[]) => {
    for (const command of commands) {
      const result = runLine(world, command.line, command.netns ?? "host", shell, true);
      observe(session, world, command, result.trace ?? []);
    }
  };
  run(lesson.setup);
  return { lesson, session, run };
}

const withTasks = LESSONS.filter((lesson) => lesson.tasks.length > 0);

describe.each(withTasks.map((lesson) => [lesson.id]))("lesson %s", (id) => {
  it("has 2 to 4 tasks, none done by its setup, each done by its own solution", () => {
    const { lesson, session, run } = follow(id);
    expect(lesson.tasks.length).toBeGreaterThanOrEqual(2);
    expect(lesson.tasks.length).toBeLessThanOrEqual(4);
    expect(statusOf(session).done).toEqual([]);
    const done: string[] = [];
    for (const task of lesson.tasks) {
      expect(statusOf(session).done, `${task.id} before its solution`).toEqual(done);
      run(task.solution);
      done.push(task.id);
      expect(statusOf(session).done, `${task.id} after its solution`).toEqual(done);
    }
  });
});

describe("the challenge", () => {
  const { lesson, session, run } = follow("challenge-laptop");
  const goal = lesson.goal!;

  it("fails the blunt rule it starts from: caddy and the internet are out of reach", () => {
    expect(grade(goal, lesson.world!, session.commands).map((r) => r.passed)).toEqual([false, true, false]);
  });

  it("passes with the solution, graded in a copy that leaves the commands as they were", () => {
    run(goal.solution);
    const before = session.commands.length;
    expect(grade(goal, lesson.world!, session.commands)).toEqual([
      { text: goal.probes[0]!.text, expect: "succeeds", status: 0, passed: true },
      { text: goal.probes[1]!.text, expect: "fails", status: 1, passed: true },
      { text: goal.probes[2]!.text, expect: "succeeds", status: 0, passed: true },
    ]);
    expect(session.commands).toHaveLength(before);
  });
});

describe("the catalogue", () => {
  it("gives every lesson a unique id and its tasks unique ids, and crosses the worker as plain data", () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      expect(new Set(lesson.tasks.map((t) => t.id)).size).toBe(lesson.tasks.length);
      const info = lessonInfo(lesson);
      expect(structuredClone(info)).toEqual(info);
    }
  });

  it("keeps reading notes text only, with no world to reset", () => {
    const notes = LESSONS.filter((l) => l.tasks.length === 0 && !l.goal);
    expect(notes.map((l) => l.id)).toEqual(["rootless", "nftables"]);
    expect(notes.every((l) => l.world === undefined && l.setup.length === 0)).toBe(true);
  });
});
