import { create } from "zustand";
import type { TraceEvent } from "../../engine/trace/events";
import type { CaptureLine } from "../../engine/view";
import type { TraceHead } from "../../engine/worker";
import { createFramer, framesOf, packetStarts, type Frame, type PacketStart } from "./frames";

/** Events `start` to `end` of the trace being received, from the engine: one message each. */
export type TraceSlice = (start: number, end: number) => Promise<readonly TraceEvent[]>;

/** The player: a trace from the engine and the step being shown (the picture is a function of it). */
export interface PlayerState {
  /** The command line whose packets are being replayed. */
  readonly command: string | null;
  readonly trace: readonly TraceEvent[];
  /** What tcpdump on each device printed while the command ran. */
  readonly capture: readonly CaptureLine[];
  readonly frames: readonly Frame[];
  readonly packets: readonly PacketStart[];
  readonly step: number;
  readonly playing: boolean;
  load(command: string, trace: readonly TraceEvent[], capture?: readonly CaptureLine[]): void;
  /**
   * Loads a trace that arrives in parts, framing each as it comes so that no task on the page reads or
   * frames all of a long one; shown once complete. Resolves then, or when a later load took its place.
   */
  receive(
    command: string,
    head: TraceHead,
    capture: readonly CaptureLine[],
    slice: TraceSlice,
  ): Promise<void>;
  clear(): void;
  goTo(step: number): void;
  forward(): void;
  back(): void;
  setPlaying(playing: boolean): void;
}

/** Counts loads, so that a trace still arriving gives way to a later one. */
let loads = 0;

export const usePlayer = create<PlayerState>()((set, get) => ({
  command: null,
  trace: [],
  capture: [],
  frames: [],
  packets: [],
  step: 0,
  playing: false,
  load(command, trace, capture = []) {
    loads++;
    set({
      command,
      trace,
      capture,
      frames: framesOf(trace),
      packets: packetStarts(trace),
      step: 0,
      playing: false,
    });
  },
  async receive(command, head, capture, slice) {
    const load = ++loads;
    const frame = createFramer();
    const trace = [...head.events];
    const frames = frame(head.events);
    while (trace.length < head.length) {
      const part = await slice(trace.length, head.length);
      if (load !== loads) return;
      // The engine was reset meanwhile: what arrived is all there is.
      if (part.length === 0) break;
      trace.push(...part);
      frames.push(...frame(part));
    }
    set({ command, trace, capture, frames, packets: packetStarts(trace), step: 0, playing: false });
  },
  clear() {
    loads++;
    set({ command: null, trace: [], capture: [], frames: [], packets: [], step: 0, playing: false });
  },
  goTo(step) {
    const last = get().frames.length - 1;
    set({ step: Math.max(0, Math.min(last, step)) });
  },
  forward() {
    const { step, frames } = get();
    if (step >= frames.length - 1) set({ playing: false });
    else set({ step: step + 1 });
  },
  back() {
    get().goTo(get().step - 1);
  },
  setPlaying(playing) {
    const { step, frames } = get();
    // Play from the start again once the walk has ended.
    if (playing && step >= frames.length - 1) set({ step: 0 });
    set({ playing: playing && frames.length > 0 });
  },
}));

/** The frame being shown, or undefined when nothing has been sent yet. */
export const selectFrame = (s: PlayerState): Frame | undefined => s.frames[s.step];
