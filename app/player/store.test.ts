import { beforeEach, describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import type { TraceEvent } from "../../engine/trace/events";
import { framesOf, packetStarts } from "./frames";
import { usePlayer, type TraceSlice } from "./store";

const CURL = "ip netns exec laptop curl -s -m 2 http://198.18.5.130/";
const trace = runLine(createWorld("bare"), CURL, "host", undefined, true).trace ?? [];

/** The engine's side, serving `trace` `size` events at a time and noting each slice asked for. */
function engineOf(events: readonly TraceEvent[], size: number) {
  const asked: [number, number][] = [];
  const slice: TraceSlice = async (start, end) => {
    asked.push([start, end]);
    return events.slice(start, Math.min(end, start + size));
  };
  return { asked, slice };
}

beforeEach(() => usePlayer.getState().clear());

describe("a trace received in parts", () => {
  it("is framed as the whole trace would be, asking for each part once", async () => {
    const { asked, slice } = engineOf(trace, 40);
    const head = { length: trace.length, events: trace.slice(0, 40) };
    await usePlayer.getState().receive(CURL, head, [], slice);
    const { frames, packets, command, step } = usePlayer.getState();
    expect(frames).toEqual(framesOf(trace));
    expect(packets).toEqual(packetStarts(trace));
    expect([command, step]).toEqual([CURL, 0]);
    expect(asked).toEqual(
      Array.from({ length: Math.ceil(trace.length / 40) - 1 }, (_, i) => [40 * (i + 1), trace.length]),
    );
  });

  it("is shown only once complete", async () => {
    const { slice } = engineOf(trace, 40);
    const receiving = usePlayer.getState().receive(CURL, { length: trace.length, events: [] }, [], slice);
    expect(usePlayer.getState().frames).toEqual([]);
    await receiving;
    expect(usePlayer.getState().frames).toHaveLength(trace.length);
  });

  it("gives way to a trace loaded while it still arrives", async () => {
    const { slice } = engineOf(trace, 40);
    const receiving = usePlayer.getState().receive(CURL, { length: trace.length, events: [] }, [], slice);
    const later = trace.slice(0, 5);
    usePlayer.getState().load("ping", later);
    await receiving;
    expect(usePlayer.getState()).toMatchObject({ command: "ping", frames: framesOf(later) });
  });

  it("keeps what arrived when the engine has no more of it", async () => {
    const { slice } = engineOf(trace.slice(0, 30), 40);
    await usePlayer.getState().receive(CURL, { length: trace.length, events: [] }, [], slice);
    expect(usePlayer.getState().frames).toEqual(framesOf(trace.slice(0, 30)));
  });
});
