import { describe, expect, it } from "vitest";
import { SCENARIO_VERSION, type ScenarioDocument } from "../../engine/scenario/document";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { viewOf } from "../../engine/view";
import { hostSetupOf, withHostSetup } from "./host-setup";

const RUN = { netns: "host", line: "docker run -d --name web -p 8080:80 nginx" };
const DOC: ScenarioDocument = {
  version: SCENARIO_VERSION,
  world: "docker",
  commands: [RUN],
  layout: { "ns:web": { x: 1, y: 2 } },
  selection: { command: 0, packet: 0, step: 3 },
};

/** The world a document builds, as the app's replay would. */
function replay(doc: ScenarioDocument) {
  const world = createWorld(doc.world);
  for (const { line, netns } of doc.commands) expect(runLine(world, line, netns).status).toBe(0);
  return viewOf(world);
}

describe("the host menu's Docker profile and daemon options", () => {
  it("moves the same commands to another Docker, keeping the layout and dropping the step", () => {
    const doc = withHostSetup(DOC, { profile: "28", options: [] });
    expect(doc).toEqual({
      version: SCENARIO_VERSION,
      world: "docker-28",
      commands: [RUN],
      layout: DOC.layout,
    });
    expect(hostSetupOf(doc)).toEqual({ profile: "28", options: [] });
    expect(replay(doc).docker?.profile).toBe("28");
  });

  it("starts dockerd by hand on the bare world for options, and reads them back", () => {
    const doc = withHostSetup(DOC, { profile: "29", options: ["--userland-proxy=false", "--icc=false"] });
    expect(doc.world).toBe("bare");
    expect(doc.commands).toEqual([
      { netns: "host", line: "dockerd --icc=false --userland-proxy=false" },
      RUN,
    ]);
    expect(hostSetupOf(doc)).toEqual({ profile: "29", options: ["--icc=false", "--userland-proxy=false"] });
    const host = replay(doc).namespaces.find((ns) => ns.name === "host")!;
    const forward = host.tables.find((t) => t.name === "filter")!;
    expect(JSON.stringify(forward)).toContain("-i docker0 -o docker0 -j DROP");
    expect(host.listeners.some((l) => l.port === 8080)).toBe(false);
  });

  it("goes back to the preset world when the last option is dropped", () => {
    const optioned = withHostSetup(DOC, { profile: "29", options: ["--icc=false"] });
    expect(withHostSetup(optioned, { profile: "29", options: [] }).commands).toEqual([RUN]);
    expect(withHostSetup(optioned, { profile: "20.10", options: [] }).world).toBe("docker-20.10");
  });
});
