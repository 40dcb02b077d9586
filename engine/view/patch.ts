/**
 * A view sent as what changed since the one before. A command on a 10,000-rule world changes a few
 * counters, yet its whole view is a ~2 MB message whose reading stalls the page's main thread; the
 * changes are a few hundred bytes. Generic over plain data: views are trees of records, arrays and
 * primitives, and what did not change keeps its identity on the receiving side.
 */
import type { WorldView } from "./types";

/** How a value differs from the one before: replaced, or some of a record's fields, or of an array's items. */
export type Patch =
  | { readonly to: unknown }
  /** An optional field that is gone. */
  | { readonly drop: true }
  | { readonly fields: Readonly<Record<string, Patch>> }
  | { readonly items: readonly (readonly [number, Patch])[]; readonly length: number };

type Data = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Data =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function diffItems(before: readonly unknown[], after: readonly unknown[]): Patch | undefined {
  const items: (readonly [number, Patch])[] = [];
  for (let i = 0; i < after.length; i++) {
    const patch = i < before.length ? diff(before[i], after[i]) : { to: after[i] };
    if (patch) items.push([i, patch]);
  }
  if (items.length === 0 && before.length === after.length) return undefined;
  // A list of mostly new items (a chain restored, rules inserted at its head) is cheaper sent whole.
  const replaced = items.filter(([, patch]) => "to" in patch).length;
  return replaced * 2 > after.length ? { to: after } : { items, length: after.length };
}

function diffFields(before: Data, after: Data): Patch | undefined {
  const fields: Record<string, Patch> = {};
  for (const key of Object.keys(after)) {
    const patch = key in before ? diff(before[key], after[key]) : { to: after[key] };
    if (patch) fields[key] = patch;
  }
  for (const key of Object.keys(before)) if (!(key in after)) fields[key] = { drop: true };
  return Object.keys(fields).length > 0 ? { fields } : undefined;
}

/** What turns `before` into `after`; undefined when they are equal. */
export function diff(before: unknown, after: unknown): Patch | undefined {
  if (Object.is(before, after)) return undefined;
  if (Array.isArray(before) && Array.isArray(after)) return diffItems(before, after);
  if (isRecord(before) && isRecord(after)) return diffFields(before, after);
  return { to: after };
}

/** `before` with `patch` applied; the parts the patch does not touch are `before`'s own objects. */
export function patch(before: unknown, change: Patch): unknown {
  if ("to" in change) return change.to;
  if ("items" in change) {
    const list = (before as readonly unknown[]).slice(0, change.length);
    for (const [i, item] of change.items) list[i] = patch(list[i], item);
    return list;
  }
  if ("fields" in change) {
    const record: Record<string, unknown> = { ...(before as Data) };
    for (const [key, field] of Object.entries(change.fields)) {
      if ("drop" in field) delete record[key];
      else record[key] = patch(record[key], field);
    }
    return record;
  }
  return undefined;
}

/** A view as the worker sends it: whole, or as a patch on the one numbered `base`. */
export type ViewUpdate =
  | { readonly id: number; readonly view: WorldView }
  | { readonly id: number; readonly base: number; readonly patch: Patch | undefined };

/** A numbered view, as the receiving side holds it. */
export interface NumberedView {
  readonly id: number;
  readonly view: WorldView;
}

/** The sending side: numbers each view and remembers the last one sent, to send the next as a patch on it. */
export interface ViewSender {
  whole(view: WorldView): NumberedView;
  /** A patch when `known` is the last view sent (what the receiver says it holds), else the whole view. */
  since(view: WorldView, known: number): ViewUpdate;
}

export function viewSender(): ViewSender {
  let sent: NumberedView | undefined;
  const whole = (view: WorldView): NumberedView => (sent = { id: (sent?.id ?? 0) + 1, view });
  return {
    whole,
    since(view, known) {
      const last = sent;
      if (last?.id !== known) return whole(view);
      return { id: whole(view).id, base: last.id, patch: diff(last.view, view) };
    },
  };
}

/** The receiving side: the view an update makes of `held`, or undefined when it patches a view not held. */
export function receiveView(held: NumberedView, update: ViewUpdate): NumberedView | undefined {
  if ("view" in update) return update;
  if (held.id !== update.base) return undefined;
  return { id: update.id, view: update.patch ? (patch(held.view, update.patch) as WorldView) : held.view };
}
