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
  /** The namespace whose terminal tab is shown. */
  readonly tab: string;
  setTab(netns: string): void;
  /** Adds a running entry and returns its id. */
  begin(command: string, netns: string): number;
  /** Fills in what the engine printed for the entry `id`. */
  finish(id: number, output: readonly Chunk[], status: number): void;
  /** Forgets the tab's shown history (the world is untouched), like `clear` or Ctrl+L. */
  clear(): void;
  /** Forgets every tab's history and goes back to the host's, for a new world. */
  reset(): void;
}

let nextId = 1;

/** View state only: the world itself lives in the engine worker. */
export const useTerminal = create<TerminalState>()((set) => ({
  entries: [],
  tab: "host",
  setTab(tab) {
    set({ tab });
  },
  begin(command, netns) {
    const id = nextId++;
    set((s) => ({ entries: [...s.entries, { id, command, netns, output: [], status: null }] }));
    return id;
  },
  finish(id, output, status) {
    set((s) => ({ entries: s.entries.map((e) => (e.id === id ? { ...e, output, status } : e)) }));
  },
  clear() {
    set((s) => ({ entries: s.entries.filter((e) => e.netns !== s.tab) }));
  },
  reset() {
    set({ entries: [], tab: "host" });
  },
}));

/** The commands run so far in the tab's namespace, oldest first, for ↑/↓ recall in the prompt. */
export const selectCommands = (s: TerminalState): string[] =>
  s.entries.filter((e) => e.netns === s.tab).map((e) => e.command);
