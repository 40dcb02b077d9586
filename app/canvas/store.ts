import { create } from "zustand";

type Point = { readonly x: number; readonly y: number };

/** Where the user dragged namespaces to; everything else is laid out automatically. */
export interface LayoutState {
  readonly moved: Readonly<Record<string, Point>>;
  move(id: string, position: Point): void;
}

export const useLayout = create<LayoutState>()((set) => ({
  moved: {},
  move: (id, position) => set((s) => ({ moved: { ...s.moved, [id]: position } })),
}));
