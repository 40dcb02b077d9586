import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { viewOf } from "../../engine/view";
import { promptFor, terminalTabs } from "./prompt";

describe("terminal prompts and tabs", () => {
  const world = createWorld("docker");
  for (const line of [
    "docker run -d --name web nginx",
    "docker run -d --name edge caddy:2-alpine",
    "docker run -d --name old busybox",
    "docker stop old",
  ])
    runLine(world, line);
  const view = viewOf(world);

  it("prompts as root's bash on the machines, as the image's shell in a container", () => {
    expect(promptFor("host", view)).toBe("root@host:~#");
    expect(promptFor("laptop", view)).toBe("root@laptop:~#");
    const web = view.docker!.containers[0]!;
    expect(promptFor("web", view)).toBe(`root@${web.id.slice(0, 12)}:/#`);
    expect(promptFor("edge", view)).toBe("/ #");
  });

  it("offers the host, each running container, then the LAN's machines", () => {
    expect(terminalTabs(view)).toEqual(["host", "web", "edge", "router", "laptop"]);
  });
});
