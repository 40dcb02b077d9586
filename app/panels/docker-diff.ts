import { create } from "zustand";
import type { ExecResult } from "../../engine/worker";
import type { WorldView } from "../../engine/view";
import { ruleDiff, type TableDiff } from "./rule-diff";

const HOST = "host";

/** How a docker command ended, and the host commands dockerd ran for it (none when it is not known). */
export type DockerRun = Pick<ExecResult, "status" | "dockerd">;

/** What the last docker command did to the host's rules, and the commands dockerd ran for it. */
export interface DockerDiffState {
  readonly command: string | null;
  readonly tables: readonly TableDiff[];
  readonly run: DockerRun | null;
  /** Counts the commands recorded: the same line run twice is two commands. */
  readonly recorded: number;
  record(command: string, before: WorldView | null, after: WorldView | null, run?: DockerRun): void;
  clear(): void;
}

const host = (view: WorldView | null) => view?.namespaces.find((ns) => ns.name === HOST);

export const useDockerDiff = create<DockerDiffState>()((set) => ({
  command: null,
  tables: [],
  run: null,
  recorded: 0,
  record: (command, before, after, run) =>
    set((s) => ({
      command,
      tables: ruleDiff(host(before), host(after)),
      run: run ?? null,
      recorded: s.recorded + 1,
    })),
  clear: () => set({ command: null, tables: [], run: null }),
}));

/** A line that runs the docker CLI, as typed or through `docker compose`. */
export const isDockerCommand = (line: string): boolean => /^\s*docker(\s|$)/.test(line);
