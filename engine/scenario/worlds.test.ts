import { describe, expect, it } from "vitest";
import { WORLD_EPOCH_MS } from "../world";
import { createWorld, parseWorldName } from "./worlds";

describe("worlds", () => {
  it("creates the empty world: one host namespace, no files, the fixed epoch", () => {
    const world = createWorld("empty");
    expect([...world.netns.keys()]).toEqual(["host"]);
    expect(world.files.size).toBe(0);
    expect(world.clock).toBe(WORLD_EPOCH_MS);
  });

  it("creates a new world each time", () => {
    expect(createWorld("empty")).not.toBe(createWorld("empty"));
  });

  it("names the known worlds when a name is unknown", () => {
    expect(parseWorldName("empty")).toBe("empty");
    expect(parseWorldName("x")).toEqual({ error: 'netplay: unknown world "x" (known: empty)' });
    expect(parseWorldName("toString")).toEqual({ error: 'netplay: unknown world "toString" (known: empty)' });
  });
});
