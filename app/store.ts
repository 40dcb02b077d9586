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

/** Each namespace's commands, oldest first, as bash keeps its history file. */
export type History = Readonly<Record<string, readonly string[]>>;

export interface TerminalState {
  /** What the terminals show: every command run this session, typed or from a gesture. */
  readonly entries: readonly TerminalEntry[];
  /** The namespace whose terminal tab is shown. */
  readonly tab: string;
  /** What ↑ recalls in each namespace's terminal; kept in this browser across reloads and resets. */
  readonly history: History;
  setTab(netns: string): void;
  /** Adds a running entry, remembers its command in the namespace's history, and returns its id. */
  begin(command: string, netns: string): number;
  /** Fills in what the engine printed for the entry `id`. */
  finish(id: number, output: readonly Chunk[], status: number): void;
  /** Forgets the tab's shown entries (the world and the history are untouched), like `clear`. */
  clear(): void;
  /** Forgets every tab's entries and goes back to the host's, for a new world. */
  reset(): void;
}

/** bash's default HISTSIZE. */
const HISTSIZE = 500;
const HISTORY_KEY = "netplay.history";

/** The saved history; none when storage is missing (privacy modes), empty or not ours. */
function loadHistory(): History {
  try {
    const saved: unknown = JSON.parse(globalThis.localStorage?.getItem(HISTORY_KEY) ?? "{}");
    if (typeof saved !== "object" || saved === null) return {};
    return Object.fromEntries(
      Object.entries(saved).filter(
        (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((c) => typeof c === "string"),
      ),
    );
  } catch {
    return {};
  }
}

/**
 * Longer commands (a pasted ruleset in a heredoc) stay in this session's history but are not saved:
 * writing them again on every later command would stall the page for tens of milliseconds each time.
 */
const SAVED_COMMAND_CHARS = 4096;

/** A full or missing storage loses the history on reload, never the command. */
function saveHistory(history: History): void {
  const kept = Object.fromEntries(
    Object.entries(history).map(([netns, lines]) => [
      netns,
      lines.filter((l) => l.length <= SAVED_COMMAND_CHARS),
    ]),
  );
  try {
    globalThis.localStorage?.setItem(HISTORY_KEY, JSON.stringify(kept));
  } catch {
    // The history stays in memory for this session.
  }
}

let nextId = 1;

/** View state only: the world itself lives in the engine worker. */
export const useTerminal = create<TerminalState>()((set) => ({
  entries: [],
  tab: "host",
  history: loadHistory(),
  setTab(tab) {
    set({ tab });
  },
  begin(command, netns) {
    const id = nextId++;
    set((s) => ({
      entries: [...s.entries, { id, command, netns, output: [], status: null }],
      history: { ...s.history, [netns]: [...(s.history[netns] ?? []), command].slice(-HISTSIZE) },
    }));
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

useTerminal.subscribe((state, previous) => {
  if (state.history !== previous.history) saveHistory(state.history);
});

/** The commands run in a namespace's terminal, oldest first, for ↑/↓. */
export const selectHistory =
  (netns: string) =>
  (s: TerminalState): readonly string[] =>
    s.history[netns] ?? [];
