import { create } from "zustand";

type Point = { readonly x: number; readonly y: number };

/** A popup of the canvas: a container's or the host's menu at a point, or a form. */
export type Popup =
  | { readonly kind: "menu"; readonly container: string; readonly at: Point }
  | { readonly kind: "host"; readonly at: Point }
  | { readonly kind: "publish"; readonly container: string }
  | { readonly kind: "network" };

/** Where the user dragged namespaces to (everything else is laid out automatically), and what is open. */
export interface LayoutState {
  readonly moved: Readonly<Record<string, Point>>;
  readonly popup: Popup | null;
  move(id: string, position: Point): void;
  /** Lets the layout place a namespace again (a container moved to another network). */
  unmove(id: string): void;
  /** Replaces every dragged position at once: a scenario opened or replayed. */
  place(moved: Readonly<Record<string, Point>>): void;
  open(popup: Popup | null): void;
}

export const useLayout = create<LayoutState>()((set) => ({
  moved: {},
  popup: null,
  move: (id, position) => set((s) => ({ moved: { ...s.moved, [id]: position } })),
  unmove: (id) =>
    set((s) => {
      const { [id]: _, ...rest } = s.moved;
      return { moved: rest };
    }),
  place: (moved) => set({ moved }),
  open: (popup) => set({ popup }),
}));
