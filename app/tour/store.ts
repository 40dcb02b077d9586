import { create } from "zustand";
import type { LessonInfo, ProbeResult, TourStatus } from "../../engine/tour";
import { call } from "../engine-client";
import { SCENARIO_VERSION } from "../../engine/scenario/document";
import { openScenario, runCommand, runCommands } from "../terminal/actions";
import { useWorld } from "../world/store";

/** The tour drawer: which lesson is shown, and what the engine says is done in the one being followed. */
export interface TourState {
  readonly open: boolean;
  readonly lessons: readonly LessonInfo[];
  /** The lesson shown (not necessarily started). */
  readonly index: number;
  readonly status: TourStatus | null;
  /** The last grade of the challenge being followed. */
  readonly grades: readonly ProbeResult[] | null;
  readonly busy: boolean;
  readonly error: string | null;
  setOpen(open: boolean): void;
  show(index: number): void;
  load(): Promise<void>;
  start(): Promise<void>;
  recheck(): Promise<void>;
  grade(): Promise<void>;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

export const useTour = create<TourState>()((set, get) => {
  /** Runs a tour action, keeping the drawer's busy flag and showing what failed. */
  async function guarded(job: () => Promise<void>): Promise<void> {
    set({ busy: true, error: null });
    try {
      await job();
    } catch (err) {
      set({ error: describe(err) });
    } finally {
      set({ busy: false });
    }
  }

  return {
    open: false,
    lessons: [],
    index: 0,
    status: null,
    grades: null,
    busy: false,
    error: null,
    setOpen: (open) => set({ open }),
    show: (index) => set({ index: Math.max(0, Math.min(index, get().lessons.length - 1)) }),
    async load() {
      if (get().lessons.length > 0) return;
      await guarded(async () => set({ lessons: await call((engine) => engine.tourLessons()) }));
    },
    async start() {
      const lesson = get().lessons[get().index];
      if (!lesson) return;
      await guarded(async () => {
        await runCommands([]); // waits for the commands already queued
        const setup = await call((engine) => engine.tourStart(lesson.id));
        set({ grades: null });
        if (lesson.world) {
          // The lesson's world, opened like any scenario: its setup is history that undo can replay.
          const commands = setup.map(({ line, netns = "host" }) => ({ line, netns }));
          await openScenario({ version: SCENARIO_VERSION, world: lesson.world, commands, layout: {} });
        } else for (const command of setup) await runCommand(command.line, command.netns);
        await get().recheck();
      });
    },
    async recheck() {
      try {
        set({ status: await call((engine) => engine.tourStatus()) });
      } catch (err) {
        set({ error: describe(err) });
      }
    },
    async grade() {
      await guarded(async () => {
        await runCommands([]);
        set({ grades: await call((engine) => engine.tourGrade()) });
      });
    },
  };
});

/** Re-checks the tasks whenever the world's picture is replaced, which happens after every command. */
export function watchCommands(): () => void {
  return useWorld.subscribe((state, previous) => {
    if (state.view !== previous.view && useTour.getState().status) void useTour.getState().recheck();
  });
}
