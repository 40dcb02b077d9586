import { create } from "zustand";
import type { Chunk } from "../engine/shell/command";

/** One line the user ran and what it printed; `status` is null while the engine is still working. */
export interface TerminalEntry {
  readonly id: number;
  readonly command: string;
  readonly netns: string;
  readonly output: readonly Chunk[];
  readonly status: number | null;
}

export interface TerminalState {
  readonly entries: readonly TerminalEntry[];
  /** Adds a running entry and returns its id. */
  begin(command: string, netns: string): number;
  /** Fills in what the engine printed for the entry `id`. */
  finish(id: number, output: readonly Chunk[], status: number): void;
  /** Forgets the shown history (the world is untouched), like `clear` or Ctrl+L. */
  clear(): void;
}

let nextId = 1;

/** View state only: the world itself lives in the engine worker. */
export const useTerminal = create<TerminalState>()((set) => ({
  entries: [],
  begin(command, netns) {
    const id = nextId++;
    set((s) => ({ entries: [...s.entries, { id, command, netns, output: [], status: null }] }));
    return id;
  },
  finish(id, output, status) {
    set((s) => ({ entries: s.entries.map((e) => (e.id === id ? { ...e, output, status } : e)) }));
  },
  clear() {
    set({ entries: [] });
  },
}));

/** The commands run so far, oldest first, for ↑/↓ recall in the prompt. */
export const selectCommands = (s: TerminalState): string[] => s.entries.map((e) => e.command);
