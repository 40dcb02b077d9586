import { create } from "zustand";
import type { WorldView } from "../../engine/view";
import { ruleDiff, type TableDiff } from "./rule-diff";

const HOST = "host";

/** What the last docker command did to the host's rules. */
export interface DockerDiffState {
  readonly command: string | null;
  readonly tables: readonly TableDiff[];
  record(command: string, before: WorldView | null, after: WorldView | null): void;
  clear(): void;
}

const host = (view: WorldView | null) => view?.namespaces.find((ns) => ns.name === HOST);

export const useDockerDiff = create<DockerDiffState>()((set) => ({
  command: null,
  tables: [],
  record: (command, before, after) => set({ command, tables: ruleDiff(host(before), host(after)) }),
  clear: () => set({ command: null, tables: [] }),
}));

/** A line that runs the docker CLI, as typed or through `docker compose`. */
export const isDockerCommand = (line: string): boolean => /^\s*docker(\s|$)/.test(line);
