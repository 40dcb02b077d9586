import { create } from "zustand";
import type { TableName } from "../../engine/netfilter/tables";

export type PanelTab = "rules" | "conntrack" | "routes" | "capture" | "docker";
export type RulesMode = "S" | "L";

/** What the side panel shows: its tab, namespace and table. Stepping moves it to the packet. */
export interface PanelsState {
  readonly tab: PanelTab;
  readonly netns: string;
  readonly table: TableName;
  readonly mode: RulesMode;
  setTab(tab: PanelTab): void;
  setNetns(netns: string): void;
  setTable(table: TableName): void;
  setMode(mode: RulesMode): void;
  /** Follows a step: its namespace, and its table when the step is inside one. */
  follow(netns: string, table: TableName | undefined): void;
}

export const usePanels = create<PanelsState>()((set) => ({
  tab: "rules",
  netns: "host",
  table: "filter",
  mode: "S",
  setTab: (tab) => set({ tab }),
  setNetns: (netns) => set({ netns }),
  setTable: (table) => set({ table }),
  setMode: (mode) => set({ mode }),
  follow: (netns, table) => set(table ? { netns, table } : { netns }),
}));
