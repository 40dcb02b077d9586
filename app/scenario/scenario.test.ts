import { beforeEach, describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { useLayout } from "../canvas/store";
import { usePlayer } from "../player/store";
import { currentDocument, selectedStep } from "./snapshot";
import { deleteSaved, loadAutosave, loadSaved, saveAutosave, savedNames, saveNamed } from "./storage";
import { useScenario } from "./store";

/** A localStorage of this test's own (Node has none). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const CURL = "curl -s -o /dev/null http://172.17.0.2/";

beforeEach(() => {
  globalThis.localStorage = memoryStorage();
  useScenario.setState({ world: "docker", commands: [], undone: [], shown: null });
  useLayout.getState().place({});
  usePlayer.getState().clear();
});

describe("the current document", () => {
  it("holds the world, the commands, the dragged nodes and the step shown", () => {
    const world = createWorld("docker");
    const { record } = useScenario.getState();
    runLine(world, "docker run -d --name web nginx");
    record({ netns: "host", line: "docker run -d --name web nginx" }, false);
    const trace = runLine(world, CURL, "host", undefined, true).trace ?? [];
    record({ netns: "host", line: CURL }, true);
    usePlayer.getState().load(CURL, trace);
    const { packets } = usePlayer.getState();
    expect(packets.length).toBeGreaterThan(2);
    usePlayer.getState().goTo(packets[2]!.step + 3);
    useLayout.getState().move("ns:web", { x: 10, y: 20 });

    const doc = currentDocument();
    expect(doc).toEqual({
      version: 1,
      world: "docker",
      commands: [
        { netns: "host", line: "docker run -d --name web nginx" },
        { netns: "host", line: CURL },
      ],
      layout: { "ns:web": { x: 10, y: 20 } },
      selection: { command: 1, packet: 2, step: 3 },
    });
    expect(selectedStep(doc.selection!)).toBe(packets[2]!.step + 3);
  });

  it("has no selection while the player holds no packets", () => {
    useScenario.getState().record({ netns: "host", line: "iptables -S" }, false);
    expect(currentDocument()).toEqual({
      version: 1,
      world: "docker",
      commands: [{ netns: "host", line: "iptables -S" }],
      layout: {},
    });
  });
});

describe("scenarios kept in the browser", () => {
  const DOC = {
    version: 1,
    world: "bare",
    commands: [{ netns: "router", line: "iptables -S" }],
    layout: {},
  } as const;

  it("autosaves and reads back, and ignores an autosave that is not a scenario", () => {
    expect(loadAutosave()).toBeUndefined();
    expect(saveAutosave({ ...DOC, commands: [...DOC.commands] })).toBeUndefined();
    expect(loadAutosave()).toEqual(DOC);
    localStorage.setItem("netplay.autosave", '{"version":1}');
    expect(loadAutosave()).toBeUndefined();
  });

  it("saves under names, lists them sorted, opens and deletes them", () => {
    saveNamed("zebra", { ...DOC, commands: [] });
    saveNamed("article", { ...DOC, commands: [...DOC.commands] });
    expect(savedNames()).toEqual(["article", "zebra"]);
    expect(loadSaved("article")).toEqual(DOC);
    deleteSaved("article");
    expect(savedNames()).toEqual(["zebra"]);
    expect(loadSaved("article")).toBeUndefined();
    localStorage.setItem("netplay.scenario:broken", "{");
    expect(loadSaved("broken")).toEqual({
      error: "The saved scenario is damaged: its scenario is not JSON.",
    });
  });

  it("says why it could not save when storage refuses", () => {
    globalThis.localStorage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(saveAutosave({ ...DOC, commands: [] })).toBe("Could not save in this browser: QuotaExceededError");
  });
});
