import { describe, expect, it } from "vitest";
import { forgetParted, PART, readParted, writeParted } from "./parted";

/** A localStorage that keeps its items in a map and notes every write. */
function countingStorage() {
  const items = new Map<string, string>();
  const writes: string[] = [];
  const state = { full: false };
  const storage: Storage = {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (state.full) throw new Error("QuotaExceededError");
      writes.push(key);
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
  return { storage, items, writes, state };
}

const long = (parts: number, tail = "") => "x".repeat(PART * (parts - 1) + 10) + tail;

describe("a text stored in parts", () => {
  it("keeps a short text under its key as it is", () => {
    const { storage, items } = countingStorage();
    writeParted(storage, "k", '{"a":1}');
    expect([...items]).toEqual([["k", '{"a":1}']]);
    expect(readParted(storage, "k")).toBe('{"a":1}');
  });

  it("writes again only the parts that changed", () => {
    const { storage, items, writes } = countingStorage();
    writeParted(storage, "k", long(3));
    expect(writes.splice(0)).toEqual(["k#0", "k#1", "k#2", "k"]);
    expect(items.get("k")).toBe("parts:3");
    writeParted(storage, "k", long(3, "more"));
    expect(writes.splice(0)).toEqual(["k#2", "k"]);
    expect(readParted(storage, "k")).toBe(long(3, "more"));
  });

  it("removes the parts a shorter text no longer has", () => {
    const { storage, items } = countingStorage();
    writeParted(storage, "k", long(3));
    writeParted(storage, "k", "short");
    expect([...items]).toEqual([["k", "short"]]);
  });

  it("writes every part again when another tab wrote there, or a write failed", () => {
    const { storage, writes, state } = countingStorage();
    writeParted(storage, "k", long(2));
    forgetParted(storage, "k");
    writes.length = 0;
    writeParted(storage, "k", long(2));
    expect(writes.splice(0)).toEqual(["k#0", "k#1", "k"]);
    state.full = true;
    expect(() => writeParted(storage, "k", long(2, "x"))).toThrow("QuotaExceededError");
    state.full = false;
    writeParted(storage, "k", long(2));
    expect(writes.splice(0)).toEqual(["k#0", "k#1", "k"]);
  });

  it("reads nothing when a part is missing", () => {
    const { storage, items } = countingStorage();
    writeParted(storage, "k", long(2));
    items.delete("k#1");
    expect(readParted(storage, "k")).toBeNull();
  });
});
