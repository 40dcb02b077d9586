import { describe, expect, it } from "vitest";
import { arrangementFor } from "./arrange";
import { MIN_FIT, viewportFor } from "./fit";

describe("arrangementFor", () => {
  it("sets the host beside the world outside it on a wide canvas, under it otherwise", () => {
    expect(arrangementFor(860, 390)).toBe("sides");
    expect(arrangementFor(790, 300)).toBe("sides");
    expect(arrangementFor(600, 500)).toBe("stack");
    expect(arrangementFor(800, 0)).toBe("stack");
  });
});

describe("viewportFor", () => {
  it("shows a network that fits whole, centred", () => {
    const { x, y, zoom } = viewportFor({ x: 0, y: 0, width: 400, height: 200 }, 800, 400, 200);
    expect(zoom).toBeGreaterThan(1);
    expect(x + 200 * zoom).toBeCloseTo(400);
    expect(y + 100 * zoom).toBeCloseTo(200);
  });

  it("shows the top of a network too big to read whole, at the smallest legible zoom, centred on the host", () => {
    const viewport = viewportFor({ x: -5000, y: 0, width: 10000, height: 3000 }, 800, 400, 120);
    expect(viewport.zoom).toBe(MIN_FIT);
    expect(viewport.x + 120 * MIN_FIT).toBeCloseTo(400);
    expect(viewport.y).toBeCloseTo(0.04 * 400);
  });
});
