import { create } from "zustand";
import type { TraceEvent } from "../../engine/trace/events";
import type { CaptureLine } from "../../engine/view";
import { framesOf, packetStarts, type Frame, type PacketStart } from "./frames";

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
  clear(): void;
  goTo(step: number): void;
  forward(): void;
  back(): void;
  setPlaying(playing: boolean): void;
}

export const usePlayer = create<PlayerState>()((set, get) => ({
  command: null,
  trace: [],
  capture: [],
  frames: [],
  packets: [],
  step: 0,
  playing: false,
  load(command, trace, capture = []) {
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
  clear() {
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
